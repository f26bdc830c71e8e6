using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenSpiral.Web.Features.Groups;

internal sealed class GroupFacilitatorConfiguration : IEntityTypeConfiguration<GroupFacilitator>
{
    public void Configure(EntityTypeBuilder<GroupFacilitator> builder)
    {
        builder.HasKey(f => new { f.GroupId, f.MemberId });
        builder.HasOne(f => f.Member).WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.MemberId);
    }
}
