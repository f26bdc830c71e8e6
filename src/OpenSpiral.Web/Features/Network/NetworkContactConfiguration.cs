using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Network;

internal sealed class NetworkContactConfiguration : IEntityTypeConfiguration<NetworkContact>
{
    public void Configure(EntityTypeBuilder<NetworkContact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(NetworkContact.MaxNameLength).IsRequired();
        builder.Property(c => c.Role).HasMaxLength(NetworkContact.MaxRoleLength).IsRequired();
        builder.Property(c => c.Email).HasMaxLength(NetworkContact.MaxEmailLength);
        builder.Property(c => c.Phone).HasMaxLength(NetworkContact.MaxPhoneLength);
        builder.HasIndex(c => new { c.TerritoryId, c.SortOrder });
        builder.HasOne<Territory>().WithMany().HasForeignKey(c => c.TerritoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MembershipApplicationConfiguration : IEntityTypeConfiguration<MembershipApplication>
{
    public void Configure(EntityTypeBuilder<MembershipApplication> builder)
    {
        builder.Property(a => a.Requested).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Motivation).HasMaxLength(MembershipApplication.MaxMotivationLength).IsRequired();
        builder.Property(a => a.Reason).HasMaxLength(MembershipApplication.MaxReasonLength);
        builder.HasIndex(a => new { a.Status, a.CreatedAt });
        builder.HasIndex(a => a.TerritoryId);
        builder.HasOne<Territory>().WithMany().HasForeignKey(a => a.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.ApplicantId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.DecidedById).OnDelete(DeleteBehavior.SetNull);
    }
}
