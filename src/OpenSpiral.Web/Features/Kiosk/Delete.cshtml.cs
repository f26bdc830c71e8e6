using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Kiosk;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DeleteModel(OpenSpiralDbContext db, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public string Title { get; private set; } = "";
    public string GroupName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, int campaignId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, campaignId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int campaignId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, campaignId, cancellationToken))
        {
            return NotFound();
        }

        await db.KioskCampaigns.Where(k => k.Id == campaignId).ExecuteDeleteAsync(cancellationToken);
        TempData["Flash"] = l["The kiosk {0} is deleted.", Title].Value;
        return RedirectToPage("/Kiosk/Index", new { slug = Territory.Slug });
    }

    private async Task<bool> LoadAsync(string slug, int campaignId, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var campaign = territory is null ? null : await db.KioskCampaigns.AsNoTracking()
            .Where(k => k.Id == campaignId && k.TerritoryId == territory.Id)
            .Select(k => new { k.Title, Group = k.Group!.Name }).FirstOrDefaultAsync(cancellationToken);
        if (campaign is null)
        {
            return false;
        }

        Title = campaign.Title;
        GroupName = campaign.Group;
        return true;
    }
}
