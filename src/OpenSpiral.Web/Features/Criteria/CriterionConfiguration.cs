using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Criteria;

internal sealed class CriterionConfiguration : IEntityTypeConfiguration<Criterion>
{
    public void Configure(EntityTypeBuilder<Criterion> builder)
    {
        builder.ToTable("Criteria");
        builder.Property(c => c.Text).HasMaxLength(Criterion.MaxTextLength).IsRequired();
        builder.Property(c => c.Language).HasMaxLength(8).IsRequired();
        builder.Property(c => c.Question).HasConversion<string>().HasMaxLength(2);
        builder.HasOne<Territory>().WithMany().HasForeignKey(c => c.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Group).WithMany(g => g.Criteria).HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Component).WithMany().HasForeignKey(c => c.ComponentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.ClassifiedBy).WithMany().HasForeignKey(c => c.ClassifiedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.KioskCampaign).WithMany().HasForeignKey(c => c.KioskCampaignId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.Codification).HasMaxLength(40);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(12);
        builder.Property(c => c.ClassifiedVia).HasConversion<string>().HasMaxLength(12);
        builder.HasQueryFilter(c => c.DeletedAt == null);
        builder.HasIndex(c => new { c.TerritoryId, c.ComponentId });
        builder.HasIndex(c => new { c.TerritoryId, c.Status });
        builder.HasIndex(c => c.GroupId);
        builder.HasIndex(c => c.ComponentId);
        builder.HasIndex(c => new { c.KioskCampaignId, c.Status });
    }
}

internal sealed class CriterionRevisionConfiguration : IEntityTypeConfiguration<CriterionRevision>
{
    public void Configure(EntityTypeBuilder<CriterionRevision> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.TextBefore).HasMaxLength(Criterion.MaxTextLength);
        builder.Property(r => r.TextAfter).HasMaxLength(Criterion.MaxTextLength);
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.ClassifiedViaBefore).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.ClassifiedByBefore).HasMaxLength(450);
        builder.HasOne<Criterion>().WithMany().HasForeignKey(r => r.CriterionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.CriterionId);
        builder.HasIndex(r => new { r.TerritoryId, r.BatchId });
    }
}

internal sealed class GroupStatementConfiguration : IEntityTypeConfiguration<GroupStatement>
{
    public void Configure(EntityTypeBuilder<GroupStatement> builder)
    {
        builder.Property(s => s.Text).HasMaxLength(GroupStatement.MaxTextLength).IsRequired();
        builder.Property(s => s.Question).HasConversion<string>().HasMaxLength(2);
        builder.HasOne(s => s.Group).WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Criteria).WithMany().UsingEntity("GroupStatementCriteria");
        builder.HasIndex(s => new { s.GroupId, s.Question });
    }
}
