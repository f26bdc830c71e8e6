using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Alerts;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Alert.MaxTitleLength).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(Alert.MaxDescriptionLength).IsRequired();
        builder.Property(a => a.Resolution).HasMaxLength(Alert.MaxDescriptionLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.TerritoryId, a.Status });
        builder.HasIndex(a => a.Status);
        builder.HasOne<Territory>().WithMany().HasForeignKey(a => a.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TerritoryAction>().WithMany().HasForeignKey(a => a.ActionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.RaisedById).OnDelete(DeleteBehavior.SetNull);
    }
}
