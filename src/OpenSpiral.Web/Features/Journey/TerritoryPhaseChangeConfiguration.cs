using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Journey;

internal sealed class TerritoryPhaseChangeConfiguration : IEntityTypeConfiguration<TerritoryPhaseChange>
{
    public void Configure(EntityTypeBuilder<TerritoryPhaseChange> builder)
    {
        builder.Property(c => c.Phase).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(c => new { c.TerritoryId, c.Cycle, c.Phase });
        builder.HasOne<Territory>().WithMany().HasForeignKey(c => c.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.ChangedById).OnDelete(DeleteBehavior.SetNull);
    }
}
