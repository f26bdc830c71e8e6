using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Indicators;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(Indicator.MaxTitleLength).IsRequired();
        builder.Property(i => i.Language).HasMaxLength(8).IsRequired();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.CopiedFromTerritory).HasMaxLength(200);
        builder.HasIndex(i => new { i.TerritoryId, i.Status });
        builder.HasIndex(i => i.Status);
        builder.HasOne<Territory>().WithMany().HasForeignKey(i => i.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(i => i.CopiedFromId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Components).WithOne().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Levels).WithOne().HasForeignKey(l => l.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Criteria).WithOne().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Translations).WithOne().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorComponentConfiguration : IEntityTypeConfiguration<IndicatorComponent>
{
    public void Configure(EntityTypeBuilder<IndicatorComponent> builder)
    {
        builder.HasKey(c => new { c.IndicatorId, c.ComponentId });
        builder.HasIndex(c => c.ComponentId);
        builder.HasOne(c => c.Component).WithMany().HasForeignKey(c => c.ComponentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndicatorLevelConfiguration : IEntityTypeConfiguration<IndicatorLevel>
{
    public void Configure(EntityTypeBuilder<IndicatorLevel> builder)
    {
        builder.HasIndex(l => new { l.IndicatorId, l.Level }).IsUnique();
        builder.Property(l => l.Statement).HasMaxLength(Indicator.MaxStatementLength).IsRequired();
        builder.ToTable(t => t.HasCheckConstraint("CK_IndicatorLevels_Level", "\"Level\" BETWEEN 1 AND 5"));
        builder.HasMany(l => l.Sources).WithOne().HasForeignKey(s => s.IndicatorLevelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorLevelSourceConfiguration : IEntityTypeConfiguration<IndicatorLevelSource>
{
    public void Configure(EntityTypeBuilder<IndicatorLevelSource> builder)
    {
        builder.HasKey(s => new { s.IndicatorLevelId, s.CriterionId });
        builder.HasIndex(s => s.CriterionId);
        builder.HasOne<Criterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorCriterionConfiguration : IEntityTypeConfiguration<IndicatorCriterion>
{
    public void Configure(EntityTypeBuilder<IndicatorCriterion> builder)
    {
        builder.HasKey(c => new { c.IndicatorId, c.CriterionId });
        builder.HasIndex(c => c.CriterionId);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Criterion>().WithMany().HasForeignKey(c => c.CriterionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorTranslationConfiguration : IEntityTypeConfiguration<IndicatorTranslation>
{
    public void Configure(EntityTypeBuilder<IndicatorTranslation> builder)
    {
        builder.HasIndex(t => new { t.IndicatorId, t.Language }).IsUnique();
        builder.Property(t => t.Language).HasMaxLength(8).IsRequired();
        builder.Property(t => t.Title).HasMaxLength(Indicator.MaxTitleLength).IsRequired();
    }
}

internal sealed class IndicatorRevisionConfiguration : IEntityTypeConfiguration<IndicatorRevision>
{
    public void Configure(EntityTypeBuilder<IndicatorRevision> builder)
    {
        builder.HasIndex(r => new { r.IndicatorId, r.At });
        builder.Property(r => r.Change).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Language).HasMaxLength(8);
        builder.Property(r => r.Snapshot).IsRequired();
        builder.HasOne<Indicator>().WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
