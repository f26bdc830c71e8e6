using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Groups;

/// <summary>Creates, changes and deletes homogeneous groups, with the rules the pages and the API share.</summary>
public sealed class GroupService(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public const int MaxMeetingDates = 20;

    /// <summary>The earliest meeting date accepted: SPIRAL groups met after 2000, so an older date is a typo.</summary>
    public static readonly DateOnly EarliestMeetingDate = new(2000, 1, 1);

    /// <summary>New meeting dates later than this many years from today need <see cref="GroupInput.ConfirmDistantMeetingDates"/>.</summary>
    public const int DistantMeetingYears = 1;

    /// <summary>Errors keyed by <see cref="GroupInput"/> property name; empty when the input can be saved.</summary>
    public async Task<Dictionary<string, string[]>> ValidateAsync(int territoryId, GroupInput input, int? groupId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var counts = input.ToCounts();
        if (counts.GenderTotal > input.ParticipantCount)
        {
            var field = LastCountedBand(
                (nameof(GroupInput.Women), input.Women),
                (nameof(GroupInput.Men), input.Men),
                (nameof(GroupInput.OtherGender), input.OtherGender));
            errors[field] = [localizer["Women, men and others add up to {0}, more than the {1} participants.", counts.GenderTotal, input.ParticipantCount]];
        }

        if (counts.AgeTotal > input.ParticipantCount)
        {
            var field = LastCountedBand(
                (nameof(GroupInput.AgeUnder18), input.AgeUnder18),
                (nameof(GroupInput.Age18To29), input.Age18To29),
                (nameof(GroupInput.Age30To44), input.Age30To44),
                (nameof(GroupInput.Age45To64), input.Age45To64),
                (nameof(GroupInput.Age65Plus), input.Age65Plus));
            errors[field] = [localizer["The age bands add up to {0}, more than the {1} participants.", counts.AgeTotal, input.ParticipantCount]];
        }

        if (input.MeetingDates.Count(d => d is not null) > MaxMeetingDates)
        {
            errors[nameof(GroupInput.MeetingDates)] = [localizer["A group can have at most {0} meeting dates.", MaxMeetingDates]];
        }

        await ValidateMeetingDatesAsync(input, groupId, errors, cancellationToken);

        var name = input.Name?.Trim();
        if (!string.IsNullOrEmpty(name) && await db.Groups.AnyAsync(g => g.TerritoryId == territoryId && g.Name == name && g.Id != groupId, cancellationToken))
        {
            errors[nameof(GroupInput.Name)] = [localizer["This territory already has a group named {0}.", name]];
        }

        var facilitators = input.FacilitatorMemberIds.Distinct().ToList();
        if (facilitators.Count > 0)
        {
            var known = await db.TerritoryMembers.CountAsync(m => m.TerritoryId == territoryId && facilitators.Contains(m.Id), cancellationToken);
            if (known != facilitators.Count)
            {
                errors[nameof(GroupInput.FacilitatorMemberIds)] = [localizer["Facilitators must be members of this territory's coordination group."]];
            }
        }

        return errors;
    }

    // A date before 2000 is refused; a new date more than a year ahead is questioned until confirmed.
    // Dates the group already has are not questioned again, so a confirmed date does not come back at every save.
    private async Task ValidateMeetingDatesAsync(GroupInput input, int? groupId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var dates = input.MeetingDates.OfType<DateOnly>().Distinct().Order().ToList();
        if (dates.Count > 0 && dates[0] < EarliestMeetingDate)
        {
            errors.TryAdd(nameof(GroupInput.MeetingDates), [localizer["The meeting date {0} is before 2000: please check it.", DateDisplay.Format(dates[0])]]);
            return;
        }

        var limit = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(DistantMeetingYears);
        if (input.ConfirmDistantMeetingDates || dates.Count == 0 || dates[^1] <= limit)
        {
            return;
        }

        var saved = groupId is null ? [] : await db.GroupMeetings.Where(m => m.GroupId == groupId && m.Date > limit).Select(m => m.Date).ToListAsync(cancellationToken);
        var distant = dates.Where(d => d > limit && !saved.Contains(d)).ToList();
        if (distant.Count > 0)
        {
            errors[nameof(GroupInput.ConfirmDistantMeetingDates)] = [localizer["The meeting date {0} is more than a year ahead: please check it, then confirm that it is right.", DateDisplay.Format(distant[0])]];
        }
    }

    // A total that overflows is reported on the last band with people in it: the one a person
    // filling the form in order typed last, so the message sits where the sum went over.
    private static string LastCountedBand(params (string Field, int? Count)[] bands) =>
        bands.LastOrDefault(b => b.Count > 0).Field ?? bands[0].Field;

    public async Task<HomogeneousGroup> CreateAsync(int territoryId, string defaultLanguage, GroupInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var group = new HomogeneousGroup
        {
            TerritoryId = territoryId,
            Name = input.Name!.Trim(),
            Language = input.Language ?? defaultLanguage,
            FeedbackCode = FeedbackCodes.New(),
            CreatedAt = now,
        };
        Apply(group, input, now);
        db.Groups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return group;
    }

    public async Task UpdateAsync(HomogeneousGroup group, GroupInput input, CancellationToken cancellationToken)
    {
        Apply(group, input, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(int groupId, CancellationToken cancellationToken) =>
        await db.Groups.Where(g => g.Id == groupId).ExecuteDeleteAsync(cancellationToken) > 0;

    public Task<HomogeneousGroup?> FindAsync(int groupId, CancellationToken cancellationToken) =>
        db.Groups.Include(g => g.Meetings).Include(g => g.Facilitators).AsSplitQuery().FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);

    private static void Apply(HomogeneousGroup group, GroupInput input, DateTime now)
    {
        group.Name = input.Name!.Trim();
        group.Profile = string.IsNullOrWhiteSpace(input.Profile) ? null : input.Profile.Trim();
        group.Kind = input.Kind;
        group.ParticipantCount = input.ParticipantCount;
        group.Counts = input.ToCounts();
        if (input.Language is not null)
        {
            group.Language = input.Language;
        }

        group.UpdatedAt = now;
        var dates = input.MeetingDates.OfType<DateOnly>().Distinct().Order().ToList();
        group.Meetings.RemoveAll(m => !dates.Contains(m.Date));
        group.Meetings.AddRange(dates.Where(d => group.Meetings.All(m => m.Date != d)).Select(d => new GroupMeeting { Date = d }));
        var facilitators = input.FacilitatorMemberIds.Distinct().ToList();
        group.Facilitators.RemoveAll(f => !facilitators.Contains(f.MemberId));
        group.Facilitators.AddRange(facilitators.Where(id => group.Facilitators.All(f => f.MemberId != id)).Select(id => new GroupFacilitator { MemberId = id }));
    }
}
