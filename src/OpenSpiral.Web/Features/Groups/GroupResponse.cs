using System.Linq.Expressions;

namespace OpenSpiral.Web.Features.Groups;

public sealed record GroupResponse(
    int Id, int TerritoryId, string Name, string? Profile, GroupKind Kind, int ParticipantCount, string Language,
    int? Women, int? Men, int? OtherGender,
    int? AgeUnder18, int? Age18To29, int? Age30To44, int? Age45To64, int? Age65Plus,
    List<DateOnly> MeetingDates, List<int> FacilitatorMemberIds, int CriterionCount, DateTime CreatedAt, DateTime UpdatedAt, string? FeedbackUrl)
{
    // The projection gives the feedback page's path; the API makes it absolute with WithOrigin.
    public static readonly Expression<Func<HomogeneousGroup, GroupResponse>> Projection = g => new GroupResponse(
        g.Id, g.TerritoryId, g.Name, g.Profile, g.Kind, g.ParticipantCount, g.Language,
        g.Counts.Women, g.Counts.Men, g.Counts.OtherGender,
        g.Counts.AgeUnder18, g.Counts.Age18To29, g.Counts.Age30To44, g.Counts.Age45To64, g.Counts.Age65Plus,
        g.Meetings.OrderBy(m => m.Date).Select(m => m.Date).ToList(),
        g.Facilitators.Select(f => f.MemberId).ToList(),
        g.Criteria.Count, g.CreatedAt, g.UpdatedAt, g.FeedbackCode == null ? null : "/g/" + g.FeedbackCode);

    /// <summary>The same group with an absolute <see cref="FeedbackUrl"/> (the public "what became of your words" page).</summary>
    public GroupResponse WithOrigin(string origin) => FeedbackUrl is null || !FeedbackUrl.StartsWith('/') ? this : this with { FeedbackUrl = origin + FeedbackUrl };
}
