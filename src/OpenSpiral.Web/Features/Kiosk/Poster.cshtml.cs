using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Feedback;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>A printable poster inviting citizens to the kiosk from their phone.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class PosterModel(OpenSpiralDbContext db, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public PosterContent Poster { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int campaignId, string? language, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var campaign = territory is null ? null : await db.KioskCampaigns.AsNoTracking()
            .Where(k => k.Id == campaignId && k.TerritoryId == territory.Id)
            .Select(k => new { k.Title, k.Code }).FirstOrDefaultAsync(cancellationToken);
        if (campaign is null)
        {
            return NotFound();
        }

        var url = $"{FeedbackLinks.Origin(Request)}/kiosk/{campaign.Code}";
        var posterLanguage = PosterLanguage.Choose(language, Territory.Languages);
        Poster = PosterLanguage.In(posterLanguage, () => new PosterContent(
            campaign.Title,
            l["What does well-being mean to you? Give your ideas from your phone: scan the code or type the address. It is anonymous."],
            url,
            Url.RouteUrl(KioskEndpoints.QrRouteName, new { slug = Territory.Slug, campaignId })!,
            l["QR code of {0}", url],
            posterLanguage));
        return Page();
    }
}
