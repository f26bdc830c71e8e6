using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>Edits a plan; a save on a version someone changed meanwhile keeps what was typed and says so.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class EditModel(OpenSpiralDbContext db, PlanPriorities priorities, PlanService plans, PlanViews views, IStringLocalizer<SharedResource> l) : PlanFormModel(db, priorities)
{
    public PlanView Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, planId, cancellationToken))
        {
            return NotFound();
        }

        (Title, Summary, Status, Version) = (Plan.Title, Plan.Summary, Plan.Status, Plan.Version);
        ActionIds = [.. Plan.Actions.Select(a => a.Id)];
        Components = [.. Plan.Priorities.Where(p => p.ComponentCode is not null).Select(p => p.ComponentCode!)];
        IndicatorIds = [.. Plan.Priorities.Where(p => p.IndicatorId is not null).Select(p => p.IndicatorId!.Value)];
        Signatories = [.. Plan.Signatories.Select(s => new SignatoryInput(s.Organisation, s.SignsAs))];
        await LoadChoicesAsync(cancellationToken);
        KeepOthers();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, planId, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await plans.UpdateAsync(planId, Input, cancellationToken);
        if (outcome.Stale)
        {
            Version = outcome.CurrentVersion!.Value;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, l["Someone changed this plan while you were writing. What you typed is kept: save again to replace their version with yours."]);
        }
        else if (outcome.Errors.Count > 0)
        {
            ShowErrors(outcome.Errors);
        }
        else
        {
            TempData["Flash"] = l["The plan is saved."].Value;
            return RedirectToPage("/Plans/Details", new { slug, planId });
        }

        await LoadChoicesAsync(cancellationToken);
        KeepOthers();
        return Page();
    }

    private void KeepOthers() => OtherPriorities = [.. Plan.Priorities.Where(p =>
        (p.ComponentCode is { } code && Candidates.Components.All(c => c.Code != code))
        || (p.IndicatorId is { } id && Candidates.Indicators.All(i => i.Id != id)))];

    private async Task<bool> LoadAsync(string slug, int planId, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null || await views.FindAsync(planId, Language, cancellationToken) is not { } plan)
        {
            return false;
        }

        Plan = plan;
        return true;
    }

    private static string Language => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
