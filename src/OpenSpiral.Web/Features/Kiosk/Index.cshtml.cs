using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Feedback;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>The territory's kiosk campaigns, with their public links, and opening or closing them.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class IndexModel(OpenSpiralDbContext db, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public sealed record CampaignRow(int Id, string Title, string Code, bool IsOpen, string GroupName, int Pending);

    public List<CampaignRow> Campaigns { get; private set; } = [];
    public int PendingTotal { get; private set; }

    public string PublicUrl(string code) => $"{FeedbackLinks.Origin(Request)}/kiosk/{code}";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        Campaigns = await db.KioskCampaigns.AsNoTracking().Where(k => k.TerritoryId == territory.Id).OrderBy(k => k.Title)
            .Select(k => new CampaignRow(k.Id, k.Title, k.Code, k.IsOpen, k.Group!.Name,
                db.Criteria.Count(c => c.KioskCampaignId == k.Id && c.Status == CriterionStatus.Pending)))
            .ToListAsync(cancellationToken);
        PendingTotal = await db.Criteria.CountAsync(c => c.TerritoryId == territory.Id && c.Status == CriterionStatus.Pending, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(string slug, int id, bool open, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var title = territory is null ? null : await db.KioskCampaigns.Where(k => k.Id == id && k.TerritoryId == territory.Id).Select(k => k.Title).FirstOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        await db.KioskCampaigns.Where(k => k.Id == id).ExecuteUpdateAsync(s => s.SetProperty(k => k.IsOpen, open), cancellationToken);
        TempData["Flash"] = (open ? l["The kiosk {0} is open: citizens can answer.", title] : l["The kiosk {0} is closed: it takes no more answers.", title]).Value;
        return RedirectToPage("/Kiosk/Index", new { slug });
    }
}
