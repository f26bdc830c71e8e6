using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Actions;

internal sealed class TerritoryActionConfiguration : IEntityTypeConfiguration<TerritoryAction>
{
    public void Configure(EntityTypeBuilder<TerritoryAction> builder)
    {
        builder.ToTable("Actions");
        builder.Property(a => a.Title).HasMaxLength(TerritoryAction.MaxTitleLength).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(TerritoryAction.MaxDescriptionLength).IsRequired();
        builder.Property(a => a.Aim).HasMaxLength(TerritoryAction.MaxAimLength).IsRequired();
        builder.Property(a => a.TargetGroups).HasMaxLength(TerritoryAction.MaxTargetGroupsLength).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.TerritoryId, a.Status });
        builder.HasOne<Territory>().WithMany().HasForeignKey(a => a.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TerritoryAction>().WithMany().HasForeignKey(a => a.ReplacesId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Components).WithOne().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Indicators).WithOne().HasForeignKey(i => i.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Stakeholders).WithOne().HasForeignKey(s => s.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionComponentConfiguration : IEntityTypeConfiguration<ActionComponent>
{
    public void Configure(EntityTypeBuilder<ActionComponent> builder)
    {
        builder.HasKey(c => new { c.ActionId, c.ComponentId });
        builder.HasIndex(c => c.ComponentId);
        builder.HasOne(c => c.Component).WithMany().HasForeignKey(c => c.ComponentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ActionIndicatorConfiguration : IEntityTypeConfiguration<ActionIndicator>
{
    public void Configure(EntityTypeBuilder<ActionIndicator> builder)
    {
        builder.HasKey(i => new { i.ActionId, i.IndicatorId });
        builder.HasIndex(i => i.IndicatorId);
        builder.HasOne(i => i.Indicator).WithMany().HasForeignKey(i => i.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionStakeholderConfiguration : IEntityTypeConfiguration<ActionStakeholder>
{
    public void Configure(EntityTypeBuilder<ActionStakeholder> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(ActionStakeholder.MaxNameLength).IsRequired();
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => s.ActionId);
        builder.HasOne(s => s.Member).WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ActionResourceConfiguration : IEntityTypeConfiguration<ActionResource>
{
    public void Configure(EntityTypeBuilder<ActionResource> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Description).HasMaxLength(ActionResource.MaxDescriptionLength).IsRequired();
        builder.Property(r => r.OfferedBy).HasMaxLength(ActionResource.MaxOfferedByLength).IsRequired();
        builder.Property(r => r.Quantity).HasMaxLength(ActionResource.MaxQuantityLength);
        builder.HasIndex(r => new { r.TerritoryId, r.Kind });
        builder.HasOne<Territory>().WithMany().HasForeignKey(r => r.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Uses).WithOne().HasForeignKey(u => u.ResourceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionResourceUseConfiguration : IEntityTypeConfiguration<ActionResourceUse>
{
    public void Configure(EntityTypeBuilder<ActionResourceUse> builder)
    {
        builder.HasKey(u => new { u.ResourceId, u.ActionId });
        builder.HasIndex(u => u.ActionId);
        builder.HasOne(u => u.Action).WithMany().HasForeignKey(u => u.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionDocumentConfiguration : IEntityTypeConfiguration<ActionDocument>
{
    public void Configure(EntityTypeBuilder<ActionDocument> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(ActionDocument.MaxTitleLength).IsRequired();
        builder.Property(d => d.Url).HasMaxLength(ActionDocument.MaxUrlLength);
        builder.Property(d => d.FileName).HasMaxLength(ActionDocument.MaxFileNameLength);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.HasIndex(d => d.ActionId);
    }
}
