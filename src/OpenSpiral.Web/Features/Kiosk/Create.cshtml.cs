using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Kiosk;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class CreateModel(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public sealed record GroupOption(int Id, string Name);

    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    public List<GroupOption> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (Input.GroupId is { } groupId && Groups.All(g => g.Id != groupId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.GroupId)}", l["Choose one of this territory's groups."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var campaign = new KioskCampaign
        {
            TerritoryId = Territory.Id,
            Code = FeedbackCodes.New(),
            Title = Input.Title!.Trim(),
            GroupId = Input.GroupId!.Value,
            IsOpen = Input.IsOpen,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.KioskCampaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = l["The kiosk {0} is created.", campaign.Title].Value;
        return RedirectToPage("/Kiosk/Index", new { slug = Territory.Slug });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return false;
        }

        Groups = await db.Groups.AsNoTracking().Where(g => g.TerritoryId == territory.Id).OrderBy(g => g.Name)
            .Select(g => new GroupOption(g.Id, g.Name)).ToListAsync(cancellationToken);
        return true;
    }
}
