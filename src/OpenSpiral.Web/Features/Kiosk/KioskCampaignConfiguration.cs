using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Kiosk;

internal sealed class KioskCampaignConfiguration : IEntityTypeConfiguration<KioskCampaign>
{
    public void Configure(EntityTypeBuilder<KioskCampaign> builder)
    {
        builder.Property(k => k.Code).HasMaxLength(16).IsRequired();
        builder.HasIndex(k => k.Code).IsUnique();
        builder.Property(k => k.Title).HasMaxLength(120).IsRequired();
        builder.HasOne<Territory>().WithMany().HasForeignKey(k => k.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(k => k.Group).WithMany().HasForeignKey(k => k.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
