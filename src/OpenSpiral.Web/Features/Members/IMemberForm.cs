namespace OpenSpiral.Web.Features.Members;

public interface IMemberForm
{
    MemberInput Input { get; }
}
