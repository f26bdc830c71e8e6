using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Actions;

/// <summary>The one form that writes an action (new or edited): its fields, and the grid, indicators and seats to choose from.</summary>
public abstract class ActionFormModel(OpenSpiralDbContext db, SynthesisService synthesis) : TerritoryPageModel
{
    /// <summary>Empty rows the form offers for new carriers and partners (a browser without script adds them this way).</summary>
    public const int BlankRows = 3;

    public sealed class StakeholderRow
    {
        public string? Name { get; set; }
        public StakeholderRole Role { get; set; }
        public int? MemberId { get; set; }
    }

    public sealed record Choice(int Id, string Label);

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Aim { get; set; }

    [BindProperty]
    public string? TargetGroups { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public bool Pilot { get; set; }

    [BindProperty]
    public bool Published { get; set; }

    [BindProperty]
    public DateOnly? StartsOn { get; set; }

    [BindProperty]
    public DateOnly? EndsOn { get; set; }

    [BindProperty]
    public List<string> Components { get; set; } = [];

    [BindProperty]
    public List<int> IndicatorIds { get; set; } = [];

    [BindProperty]
    public List<StakeholderRow> Stakeholders { get; set; } = [];

    public GridLabels Labels { get; private set; } = null!;
    public List<Choice> Indicators { get; private set; } = [];
    public List<Choice> Seats { get; private set; } = [];

    /// <summary>The rows to show: those typed or stored, then <see cref="BlankRows"/> empty ones.</summary>
    public IReadOnlyList<StakeholderRow> Rows => [.. Stakeholders.Where(s => !IsBlank(s)), .. Enumerable.Range(0, BlankRows).Select(_ => new StakeholderRow())];

    protected async Task<bool> LoadChoicesAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return false;
        }

        Labels = await synthesis.LoadLabelsAsync(Languages.Current, cancellationToken);
        Indicators = await db.Indicators.AsNoTracking().Where(i => i.TerritoryId == territory.Id).OrderBy(i => i.Title)
            .Select(i => new Choice(i.Id, i.Title)).ToListAsync(cancellationToken);
        Seats = [.. (await db.TerritoryMembers.AsNoTracking().Where(m => m.TerritoryId == territory.Id)
            .Select(m => new { m.Id, m.Organisation, m.User!.DisplayName }).ToListAsync(cancellationToken))
            .Select(m => new Choice(m.Id, string.IsNullOrWhiteSpace(m.Organisation) ? m.DisplayName : $"{m.Organisation} ({m.DisplayName})"))
            .OrderBy(c => c.Label, StringComparer.CurrentCulture)];
        return true;
    }

    protected void Fill(ActionResponse action)
    {
        (Title, Description, Aim, TargetGroups) = (action.Title, action.Description, action.Aim, action.TargetGroups);
        (Status, Pilot, Published, StartsOn, EndsOn) = (ActionWords.Code(action.Status), action.Pilot, action.Published, action.StartsOn, action.EndsOn);
        Components = [.. action.Components];
        IndicatorIds = [.. action.IndicatorIds];
        Stakeholders = [.. action.Carriers.Select(c => Row(c, StakeholderRole.Carrier)), .. action.Partners.Select(p => Row(p, StakeholderRole.Partner))];
    }

    /// <summary>What was typed, as the service takes it (blank rows left out; a seat without a name takes the seat's name).</summary>
    protected ActionInput Input(int? version)
    {
        Stakeholders = [.. Stakeholders.Where(s => !IsBlank(s))];
        foreach (var row in Stakeholders.Where(s => string.IsNullOrWhiteSpace(s.Name) && s.MemberId is not null))
        {
            row.Name = Seats.Find(s => s.Id == row.MemberId)?.Label;
        }

        return new ActionInput
        {
            Title = Title,
            Description = Description,
            Aim = Aim,
            TargetGroups = TargetGroups,
            Status = Status,
            Pilot = Pilot,
            Published = Published,
            StartsOn = StartsOn,
            EndsOn = EndsOn,
            Components = Components,
            IndicatorIds = IndicatorIds,
            Carriers = [.. Stakeholders.Where(s => s.Role == StakeholderRole.Carrier).Select(s => new StakeholderInput(s.Name, s.MemberId))],
            Partners = [.. Stakeholders.Where(s => s.Role == StakeholderRole.Partner).Select(s => new StakeholderInput(s.Name, s.MemberId))],
            Version = version,
        };
    }

    /// <summary>Puts the service's field errors on the form's fields (carriers[1].name is the second carrier's row).</summary>
    protected void ShowErrors(Dictionary<string, string[]> errors)
    {
        foreach (var (key, messages) in errors)
        {
            ModelState.AddModelError(FieldOf(key), messages[0]);
        }
    }

    private string FieldOf(string key)
    {
        foreach (var (prefix, role) in new[] { ("carriers[", StakeholderRole.Carrier), ("partners[", StakeholderRole.Partner) })
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(key.AsSpan(prefix.Length, key.IndexOf(']', StringComparison.Ordinal) - prefix.Length), out var index))
            {
                var row = Stakeholders.Select((s, i) => (s, i)).Where(x => x.s.Role == role).Select(x => x.i).ElementAtOrDefault(index);
                return key.EndsWith(".memberId", StringComparison.Ordinal) ? $"Stakeholders[{row}].MemberId" : $"Stakeholders[{row}].Name";
            }
        }

        return key switch
        {
            "title" => nameof(Title),
            "description" => nameof(Description),
            "aim" => nameof(Aim),
            "targetGroups" => nameof(TargetGroups),
            "status" => nameof(Status),
            "endsOn" => nameof(EndsOn),
            "components" => nameof(Components),
            "indicatorIds" => nameof(IndicatorIds),
            _ => string.Empty,
        };
    }

    private static bool IsBlank(StakeholderRow row) => string.IsNullOrWhiteSpace(row.Name) && row.MemberId is null;

    private static StakeholderRow Row(StakeholderResponse s, StakeholderRole role) => new() { Name = s.Name, Role = role, MemberId = s.MemberId };
}
