using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenSpiral.Web.Features.Groups;

internal sealed class GroupMeetingConfiguration : IEntityTypeConfiguration<GroupMeeting>
{
    public void Configure(EntityTypeBuilder<GroupMeeting> builder)
    {
        builder.ToTable("GroupMeetings");
    }
}
