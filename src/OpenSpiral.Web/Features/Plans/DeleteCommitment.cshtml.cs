using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>Asks before deleting a commitment and its follow-up.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DeleteCommitmentModel(CommitmentService commitments, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public CommitmentResponse Commitment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int commitmentId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, commitmentId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int commitmentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, commitmentId, cancellationToken))
        {
            return NotFound();
        }

        await commitments.DeleteAsync(commitmentId, cancellationToken);
        TempData["Flash"] = l["The commitment of {0} is deleted.", Commitment.Stakeholder].Value;
        return Commitment.PlanId is { } planId ? RedirectToPage("/Plans/Details", new { slug, planId }) : RedirectToPage("/Plans/Index", new { slug });
    }

    private async Task<bool> LoadAsync(string slug, int commitmentId, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null || await commitments.FindAsync(commitmentId, cancellationToken) is not { } commitment)
        {
            return false;
        }

        Commitment = commitment;
        return true;
    }
}
