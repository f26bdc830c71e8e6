using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>One commitment: its follow-up newest first, and a form to write an update (status, note, evidence link).</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class CommitmentModel(OpenSpiralDbContext db, CommitmentService commitments, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public CommitmentResponse Commitment { get; private set; } = null!;

    public string ActionTitle { get; private set; } = "";

    public (int Id, string Title)? Plan { get; private set; }

    public List<CommitmentUpdateResponse> History { get; private set; } = [];

    [BindProperty]
    public CommitmentStatus Status { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? EvidenceUrl { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int commitmentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, commitmentId, cancellationToken))
        {
            return NotFound();
        }

        (Status, Version) = (Commitment.Status, Commitment.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int commitmentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, commitmentId, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await commitments.AddUpdateAsync(commitmentId, new CommitmentUpdateInput(Status, Note, EvidenceUrl), Version, User.GetUserId(), cancellationToken);
        if (outcome.Stale)
        {
            Version = outcome.CurrentVersion!.Value;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, l["Someone updated this commitment while you were writing: read its follow-up below. What you typed is kept: send it again if it still holds."]);
            return Page();
        }

        if (outcome.Errors.Count > 0)
        {
            foreach (var (key, messages) in outcome.Errors)
            {
                ModelState.AddModelError(key switch { "note" => nameof(Note), "evidenceUrl" => nameof(EvidenceUrl), _ => string.Empty }, messages[0]);
            }

            return Page();
        }

        TempData["Flash"] = l["The follow-up is saved."].Value;
        return RedirectToPage("/Plans/Commitment", new { slug, commitmentId });
    }

    private async Task<bool> LoadAsync(string slug, int commitmentId, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null || await commitments.FindAsync(commitmentId, cancellationToken) is not { } commitment)
        {
            return false;
        }

        Commitment = commitment;
        ActionTitle = await db.Actions.Where(a => a.Id == commitment.ActionId).Select(a => a.Title).FirstAsync(cancellationToken);
        if (commitment.PlanId is { } planId)
        {
            Plan = (planId, await db.Plans.Where(p => p.Id == planId).Select(p => p.Title).FirstAsync(cancellationToken));
        }

        History = await commitments.HistoryAsync(commitmentId, cancellationToken);
        return true;
    }
}
