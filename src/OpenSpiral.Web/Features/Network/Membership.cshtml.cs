using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Network.Membership;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Network;

/// <summary>A territory's coordinators apply to the network, withdraw a pending application and read the history of their applications.</summary>
[Authorize(Policy = Policies.TerritoryManage)]
public sealed class MembershipModel(OpenSpiralDbContext db, MembershipService service, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public const int HistorySize = 50;

    [BindProperty]
    [Display(Name = "Status asked for")]
    public MembershipStatus? Requested { get; set; }

    [BindProperty]
    [Display(Name = "Motivation")]
    public string? Motivation { get; set; }

    public MembershipStatus Current { get; private set; }
    public DateOnly? CharterAdherence { get; private set; }
    public List<MembershipApplicationResponse> History { get; private set; } = [];
    public MembershipApplicationResponse? Pending => History.FirstOrDefault(a => a.Status == MembershipApplicationStatus.Pending);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await service.ApplyAsync(Territory.Id, User.GetUserId()!, new MembershipApplicationInput(Requested, Motivation), cancellationToken);
        foreach (var (field, messages) in outcome.Errors)
        {
            ModelState.AddModelError(field == "requested" ? nameof(Requested) : nameof(Motivation), messages[0]);
        }

        if (outcome.Conflict is { } conflict)
        {
            ModelState.AddModelError("", conflict);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Flash"] = l["The application is sent: the network's administrators will decide on it."].Value;
        return RedirectToPage("/Network/Membership", new { slug });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string slug, int applicationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await service.WithdrawAsync(Territory.Id, applicationId, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        TempData[outcome.Conflict is null ? "Flash" : "Problem"] = outcome.Conflict ?? l["The application is withdrawn."].Value;
        return RedirectToPage("/Network/Membership", new { slug });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is not { } territory)
        {
            return false;
        }

        var status = await db.Territories.Where(t => t.Id == territory.Id).Select(t => new { t.Membership, t.CharterAdherence }).FirstAsync(cancellationToken);
        (Current, CharterAdherence) = (status.Membership, status.CharterAdherence);
        History = [.. (await service.ListForTerritoryAsync(territory.Id, 1, HistorySize, cancellationToken)).Items];
        return true;
    }
}
