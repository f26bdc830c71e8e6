using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>The representativeness figures: who spoke, by kind of group, gender, age band and profile.</summary>
public static class WhoSpokeFigures
{
    public static SynthesisFigure Kinds(WhoSpoke who, IStringLocalizer l, CriteriaLinks? links = null)
    {
        var kinds = Enum.GetValues<GroupKind>().Select(k => (Kind: k, Name: l.Enum(k), Groups: who.Groups.Where(g => g.Kind == k).ToList())).ToList();
        var table = new SynthesisTable("kinds", l["Groups and participants per kind of group"],
            [new(l["Kind of group"]), new(l["Groups"], true), new(l["Participants"], true), new(l["Criteria"], true)],
            [.. kinds.Select(k => (IReadOnlyList<object?>)[k.Name, k.Groups.Count, k.Groups.Sum(g => g.Participants), k.Groups.Sum(g => g.Criteria)])],
            Links: links is null ? null : [.. kinds.Select(k => (IReadOnlyList<string?>)[null, null, null, CriteriaLinks.To(links, x => x with { Kind = k.Kind })])]);
        return new SynthesisFigure(l["Kind of group"], Bars(kinds.Select(k => (k.Name, k.Groups.Sum(g => g.Participants))), l["Participants"]), table);
    }

    public static SynthesisFigure Genders(WhoSpoke who, IStringLocalizer l)
    {
        (string, int)[] rows =
        [
            (l["Women"], who.Groups.Sum(g => g.Counts.Women ?? 0)),
            (l["Men"], who.Groups.Sum(g => g.Counts.Men ?? 0)),
            (l["Other gender"], who.Groups.Sum(g => g.Counts.OtherGender ?? 0)),
            (l["Not recorded"], who.GenderNotRecorded),
        ];
        return Counts("genders", l["Participants by gender"], l["Gender"], rows, who.Participants, l);
    }

    public static SynthesisFigure Ages(WhoSpoke who, IStringLocalizer l)
    {
        (string, int)[] rows =
        [
            (l["Under 18"], who.Groups.Sum(g => g.Counts.AgeUnder18 ?? 0)),
            (l["18 to 29"], who.Groups.Sum(g => g.Counts.Age18To29 ?? 0)),
            (l["30 to 44"], who.Groups.Sum(g => g.Counts.Age30To44 ?? 0)),
            (l["45 to 64"], who.Groups.Sum(g => g.Counts.Age45To64 ?? 0)),
            (l["65 and over"], who.Groups.Sum(g => g.Counts.Age65Plus ?? 0)),
            (l["Not recorded"], who.AgeNotRecorded),
        ];
        return Counts("ages", l["Participants by age band"], l["Age band"], rows, who.Participants, l);
    }

    public static SynthesisFigure Profiles(WhoSpoke who, IStringLocalizer l, CriteriaLinks? links = null)
    {
        var profiles = who.Groups.GroupBy(g => g.Profile ?? "").OrderByDescending(p => p.Sum(g => g.Participants)).ThenBy(p => p.Key, StringComparer.CurrentCulture)
            .Select(p => (Profile: p.Key, Name: p.Key.Length == 0 ? l["No profile given"].Value : p.Key, Groups: p.Count(), Participants: p.Sum(g => g.Participants), Criteria: p.Sum(g => g.Criteria)))
            .ToList();
        var table = new SynthesisTable("profiles", l["Groups, participants and criteria per group profile"],
            [new(l["Profile"]), new(l["Groups"], true), new(l["Participants"], true), new(l["Criteria"], true)],
            [.. profiles.Select(p => (IReadOnlyList<object?>)[p.Name, p.Groups, p.Participants, p.Criteria])],
            // Groups without a profile have no filter of their own: their row has no link.
            Links: links is null ? null : [.. profiles.Select(p => (IReadOnlyList<string?>)[null, null, null, p.Profile.Length == 0 ? null : CriteriaLinks.To(links, x => x with { Profile = p.Profile })])]);
        return new SynthesisFigure(l["Group profiles"], profiles.Count == 0 ? null : Bars(profiles.Select(p => (p.Name, p.Participants)), l["Participants"], horizontal: true), table);
    }

    public static SynthesisTable Groups(WhoSpoke who, IStringLocalizer l) =>
        new("groups", l["Criteria per group"],
            [new(l["Group"]), new(l["Profile"]), new(l["Kind of group"]), new(l["Participants"], true), new(l["Criteria"], true)],
            [.. who.Groups.Select(g => (IReadOnlyList<object?>)[g.Name, g.Profile ?? "", l.Enum(g.Kind), g.Participants, g.Criteria])]);

    private static SynthesisFigure Counts(string key, string title, string header, (string Name, int Count)[] rows, int total, IStringLocalizer l)
    {
        var table = new SynthesisTable(key, title,
            [new(header), new(l["Participants"], true), new(l["Share of participants"], true)],
            [.. rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.Count, Share.Of(r.Count, total)])]);
        return new SynthesisFigure(title, Bars(rows, l["Participants"]), table);
    }

    private static ChartSpec Bars(IEnumerable<(string Name, int Count)> bars, string axis, bool horizontal = false)
    {
        var list = bars.ToList();
        return new ChartSpec(horizontal, false, [.. list.Select(b => b.Name)], [new(axis, [.. list.Select(b => (decimal)b.Count)], ChartColors.Action)], axis);
    }
}
