using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Ladder;

/// <summary>Deletes a mistaken rating, after a confirmation: ratings are otherwise never changed.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DeleteModel(OpenSpiralDbContext db, LadderService ladder, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public string Subject { get; private set; } = "";
    public LadderRatingResponse Rating { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int ratingId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, ratingId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int ratingId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, ratingId, cancellationToken))
        {
            return NotFound();
        }

        await ladder.DeleteAsync(Territory.Id, ratingId, cancellationToken);
        TempData["Flash"] = l["The rating of {0} on {1} is deleted.", Subject, Infrastructure.Localization.DateDisplay.Format(Rating.RatedOn)].Value;
        return RedirectToPage("/Ladder/Index", new { slug = Territory.Slug });
    }

    private async Task<bool> LoadAsync(string slug, int ratingId, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is not { } territory)
        {
            return false;
        }

        var found = await db.LadderRatings.AsNoTracking().Where(r => r.Id == ratingId && r.TerritoryId == territory.Id)
            .Select(r => new
            {
                Rating = new LadderRatingResponse(r.Id, r.ActionId, r.PlanId, r.Rung, r.CoGovernance, r.CoProduction, r.CoManagement, r.Justification, r.RatedOn, r.Cycle),
                Subject = (r.ActionId != null ? db.Actions.Where(a => a.Id == r.ActionId).Select(a => a.Title).FirstOrDefault() : db.Plans.Where(p => p.Id == r.PlanId).Select(p => p.Title).FirstOrDefault()) ?? "",
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return false;
        }

        (Rating, Subject) = (found.Rating, found.Subject);
        return true;
    }
}
