using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Ladder;

/// <summary>Rates one action or plan of the territory (?actionId= or ?planId=): the rung on a visual ladder, the three facets and why.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class RateModel(OpenSpiralDbContext db, LadderService ladder, LadderRungs rungs, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public sealed class RateInput
    {
        public int? Rung { get; set; }
        public int? CoGovernance { get; set; }
        public int? CoProduction { get; set; }
        public int? CoManagement { get; set; }
        public string? Justification { get; set; }
        public DateOnly? RatedOn { get; set; }
        public int? Cycle { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public int? ActionId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PlanId { get; set; }

    [BindProperty]
    public RateInput Input { get; set; } = new();

    public string Subject { get; private set; } = "";
    public IReadOnlyList<LadderRung> Rungs { get; private set; } = [];

    /// <summary>The latest rating of the same action or plan, shown beside the form.</summary>
    public LadderRatingResponse? Latest { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Input = new RateInput { RatedOn = ladder.Today, Cycle = Territory.Cycle };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        // Typed values that do not bind (a date such as 31/02) are already in ModelState; the service checks the rest.
        ModelState.Clear();
        var outcome = await ladder.RateAsync(Territory.Id,
            new LadderRatingInput(ActionId, PlanId, Input.Rung, Input.CoGovernance, Input.CoProduction, Input.CoManagement, Input.Justification, Input.RatedOn, Input.Cycle),
            User.GetUserId(), cancellationToken);
        foreach (var (field, messages) in outcome.Errors)
        {
            var key = field is "actionId" or "planId" ? "" : "Input." + char.ToUpperInvariant(field[0]) + field[1..];
            foreach (var message in messages)
            {
                ModelState.AddModelError(key, message);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Flash"] = l["The rating of {0} is recorded.", Subject].Value;
        return RedirectToPage("/Ladder/Index", new { slug = Territory.Slug });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is not { } territory || (ActionId is null) == (PlanId is null))
        {
            return false;
        }

        var subject = ActionId is { } actionId
            ? await db.Actions.Where(a => a.Id == actionId && a.TerritoryId == territory.Id).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken)
            : await db.Plans.Where(p => p.Id == PlanId && p.TerritoryId == territory.Id).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken);
        if (subject is null)
        {
            return false;
        }

        Subject = subject;
        Rungs = await rungs.InAsync(null, cancellationToken);
        Latest = await ladder.History(territory.Id, ActionId, PlanId).Select(LadderService.Projection).FirstOrDefaultAsync(cancellationToken);
        return true;
    }
}
