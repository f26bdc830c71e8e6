namespace OpenSpiral.Web.Features.Groups;

public class GroupMeeting
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public DateOnly Date { get; set; }
}
