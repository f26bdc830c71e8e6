using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.OpenData;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Admin;

/// <summary>The settings that describe the network this installation serves.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class NetworkModel(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public NetworkInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = await db.NetworkSettings.AsNoTracking().FirstAsync(cancellationToken);
        Input = new NetworkInput { Name = settings.Name, DefaultLanguage = settings.DefaultLanguage, ContactEmail = settings.ContactEmail, OpenDataLicence = settings.OpenDataLicence };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.OpenDataLicence is { Length: > 0 } licence && !OpenDataLicences.IsKnown(licence))
        {
            ModelState.AddModelError("Input.OpenDataLicence", l["Choose one of the licences of the list."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var settings = await db.NetworkSettings.FirstAsync(cancellationToken);
        settings.Name = Input.Name!.Trim();
        settings.DefaultLanguage = Languages.Normalize(Input.DefaultLanguage);
        settings.ContactEmail = string.IsNullOrWhiteSpace(Input.ContactEmail) ? null : Input.ContactEmail.Trim();
        settings.OpenDataLicence = string.IsNullOrEmpty(Input.OpenDataLicence) ? settings.OpenDataLicence : Input.OpenDataLicence;
        settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = l["The settings are saved."].Value;
        return RedirectToPage();
    }

    public sealed class NetworkInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(120, ErrorMessage = "The {0} field must have at most {1} characters.")]
        [Display(Name = "Name of the network")]
        public string? Name { get; set; }

        [Display(Name = "Default language")]
        public string? DefaultLanguage { get; set; }

        [EmailAddress(ErrorMessage = "The {0} field is not a valid e-mail address.")]
        [StringLength(256, ErrorMessage = "The {0} field must have at most {1} characters.")]
        [Display(Name = "Contact e-mail")]
        public string? ContactEmail { get; set; }

        [Display(Name = "Licence of the open data")]
        public string? OpenDataLicence { get; set; }
    }
}
