using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>
/// The end-of-cycle review: a decision per action, then, once confirmed, the plan is reviewed and the
/// territory moves to its next cycle with a new draft plan (see <see cref="PlanReview"/>).
/// </summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class ReviewModel(PlanReview review, IStringLocalizer<SharedResource> l) : PlanPageModel
{
    public sealed class DecisionForm
    {
        public int ActionId { get; set; }
        public ReviewDecision? Decision { get; set; }
        public string? Note { get; set; }
        public string? ReplacementTitle { get; set; }
    }

    [BindProperty]
    public List<DecisionForm> Decisions { get; set; } = [];

    [BindProperty]
    public bool Confirmed { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int planId, CancellationToken cancellationToken)
    {
        if (!await LoadPlanAsync(slug, planId, cancellationToken))
        {
            return NotFound();
        }

        Decisions = [.. Plan.Actions.Select(a => new DecisionForm { ActionId = a.Id })];
        Version = Plan.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int planId, CancellationToken cancellationToken)
    {
        if (!await LoadPlanAsync(slug, planId, cancellationToken))
        {
            return NotFound();
        }

        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), l["Tick the box to confirm that the review closes cycle {0}.", Plan.Cycle]);
            return Page();
        }

        var outcome = await review.CompleteAsync(planId, [.. Decisions.Select(d => new ReviewInput(d.ActionId, d.Decision, d.Note, d.ReplacementTitle))], Version, User.GetUserId(), cancellationToken);
        if (outcome.Stale)
        {
            Version = outcome.CurrentVersion!.Value;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, l["Someone changed this plan while you were reviewing it. Your decisions are kept: check the plan, then complete the review again."]);
            return Page();
        }

        if (outcome.Errors.Count > 0)
        {
            foreach (var (key, messages) in outcome.Errors)
            {
                // "decisions[2].replacementTitle" is the field Decisions[2].ReplacementTitle of the form.
                var field = key.StartsWith("decisions[", StringComparison.Ordinal)
                    ? "D" + key[1..].Replace(".decision", ".Decision", StringComparison.Ordinal).Replace(".replacementTitle", ".ReplacementTitle", StringComparison.Ordinal).Replace(".note", ".Note", StringComparison.Ordinal)
                    : string.Empty;
                ModelState.AddModelError(field, messages[0]);
            }

            return Page();
        }

        TempData["Flash"] = l["The review is complete: the territory is in cycle {0}, with its new draft plan.", Plan.Cycle + 1].Value;
        return RedirectToPage("/Plans/Details", new { slug, planId = outcome.Id });
    }
}
