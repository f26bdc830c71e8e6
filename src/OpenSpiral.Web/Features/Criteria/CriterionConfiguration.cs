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
        builder.HasIndex(c => new { c.TerritoryId, c.ComponentId });
        builder.HasIndex(c => c.GroupId);
        builder.HasIndex(c => c.ComponentId);
    }
}
