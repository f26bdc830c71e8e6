using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>A plan: its priorities, its actions each with its commitments (late ones flagged), and a form to add a commitment.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DetailsModel(OpenSpiralDbContext db, CommitmentService commitments, IStringLocalizer<SharedResource> l) : PlanPageModel
{
    public sealed record Seat(int Id, string Label);

    [BindProperty]
    public int? ActionId { get; set; }

    [BindProperty]
    public string? Stakeholder { get; set; }

    [BindProperty]
    public int? MemberId { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Means { get; set; }

    [BindProperty]
    public DateOnly? DueDate { get; set; }

    public List<Seat> Seats { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, planId, cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, planId, cancellationToken))
        {
            return NotFound();
        }

        if (ActionId is not { } actionId || Plan.Actions.All(a => a.Id != actionId))
        {
            ModelState.AddModelError(nameof(ActionId), l["Choose one of the plan's actions."]);
            return Page();
        }

        var outcome = await commitments.CreateAsync(actionId, new CommitmentInput
        {
            Stakeholder = Stakeholder, MemberId = MemberId, Description = Description, Means = Means, DueDate = DueDate, PlanId = planId,
        }, User.GetUserId(), cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            foreach (var (key, messages) in outcome.Errors)
            {
                ModelState.AddModelError(key switch { "stakeholder" => nameof(Stakeholder), "description" => nameof(Description), "means" => nameof(Means), "memberId" => nameof(MemberId), _ => string.Empty }, messages[0]);
            }

            return Page();
        }

        TempData["Flash"] = l["The commitment is added."].Value;
        return RedirectToPage("/Plans/Details", null, new { slug, planId }, "commitments");
    }

    private async Task<bool> LoadAsync(string slug, int planId, CancellationToken cancellationToken)
    {
        if (!await LoadPlanAsync(slug, planId, cancellationToken))
        {
            return false;
        }

        Seats = await db.TerritoryMembers.AsNoTracking().Where(m => m.TerritoryId == Territory.Id)
            .OrderBy(m => m.Organisation).ThenBy(m => m.Id)
            .Select(m => new Seat(m.Id, (m.Organisation ?? "") + " · " + m.User!.DisplayName)).ToListAsync(cancellationToken);
        return true;
    }
}
