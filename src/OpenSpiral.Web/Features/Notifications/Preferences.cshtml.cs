using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Notifications;

/// <summary>What the signed-in user receives: each kind in the site and by e-mail, and the e-mail rhythm.</summary>
[Authorize]
public sealed class PreferencesModel(NotificationChoices choices, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The kinds wanted in the site.</summary>
    [BindProperty]
    public List<NotificationKind> InApp { get; set; } = [];

    /// <summary>The kinds wanted by e-mail.</summary>
    [BindProperty]
    public List<NotificationKind> Email { get; set; } = [];

    [BindProperty]
    public bool DailyDigest { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var saved = await choices.LoadAsync(User.GetUserId()!, cancellationToken);
        InApp = [.. saved.Kinds.Where(k => k.InApp).Select(k => k.Kind)];
        Email = [.. saved.Kinds.Where(k => k.Email).Select(k => k.Kind)];
        DailyDigest = saved.DailyDigest;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var kinds = NotificationChoices.Kinds.Select(k => new NotificationChoices.KindChoice(k, InApp.Contains(k), Email.Contains(k)));
        await choices.SaveAsync(User.GetUserId()!, kinds, DailyDigest, cancellationToken);
        TempData["Flash"] = l["Your notification choices are saved."].Value;
        return RedirectToPage("/Notifications/Preferences");
    }
}
