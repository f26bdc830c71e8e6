using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>The plan form (new and edit): title, summary, status, actions, priorities chosen from the panel beside it, signatories.</summary>
public abstract class PlanFormModel(OpenSpiralDbContext db, PlanPriorities priorities) : TerritoryPageModel
{
    public const int EmptySignatoryRows = 3;

    public sealed record ActionChoice(int Id, string Title, ActionStatus Status, int Cycle);

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public PlanStatus Status { get; set; }

    [BindProperty]
    public List<int> ActionIds { get; set; } = [];

    [BindProperty]
    public List<string> Components { get; set; } = [];

    [BindProperty]
    public List<int> IndicatorIds { get; set; } = [];

    [BindProperty]
    public List<SignatoryInput> Signatories { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public PlanPriorities.Candidates Candidates { get; private set; } = new([], null, []);

    public List<ActionChoice> Actions { get; private set; } = [];

    /// <summary>Priorities already chosen that the panel no longer proposes (kept so that a save does not drop them).</summary>
    public List<PlanView.Priority> OtherPriorities { get; protected set; } = [];

    protected PlanInput Input => new()
    {
        Title = Title,
        Summary = Summary,
        Status = Status,
        ActionIds = ActionIds,
        Components = Components,
        IndicatorIds = IndicatorIds,
        Signatories = Signatories,
        Version = Version,
    };

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Candidates = await priorities.FindAsync(Territory.Id, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
        Actions = await db.Actions.AsNoTracking().Where(a => a.TerritoryId == Territory.Id)
            .OrderByDescending(a => a.Cycle).ThenBy(a => a.Title).ThenBy(a => a.Id)
            .Select(a => new ActionChoice(a.Id, a.Title, a.Status, a.Cycle)).ToListAsync(cancellationToken);

        // The plan's actions first, in the plan's order.
        Actions = [.. Actions.OrderBy(a => ActionIds.IndexOf(a.Id) is var i and >= 0 ? i : int.MaxValue)];
        while (Signatories.Count(s => string.IsNullOrWhiteSpace(s.Organisation)) < EmptySignatoryRows)
        {
            Signatories.Add(new SignatoryInput(null, null));
        }
    }

    protected void ShowErrors(Dictionary<string, string[]> errors)
    {
        foreach (var (key, messages) in errors)
        {
            var field = key switch
            {
                "title" => nameof(Title),
                "summary" => nameof(Summary),
                "status" => nameof(Status),
                "actionIds" => nameof(ActionIds),
                "components" => nameof(Components),
                "indicatorIds" => nameof(IndicatorIds),
                "signatories" => nameof(Signatories),
                _ => string.Empty,
            };
            ModelState.AddModelError(field, messages[0]);
        }
    }
}
