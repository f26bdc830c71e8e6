using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenSpiral.Web.Features.Members;

internal sealed class TerritoryMemberConfiguration : IEntityTypeConfiguration<TerritoryMember>
{
    public void Configure(EntityTypeBuilder<TerritoryMember> builder)
    {
        builder.HasIndex(m => new { m.TerritoryId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.StakeholderType).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Organisation).HasMaxLength(200);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
