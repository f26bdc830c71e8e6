using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Accounts;

[Authorize]
public sealed class ManageModel(UserManager<User> users, SignInManager<User> signInManager, OpenSpiralDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ProfileInput Profile { get; set; } = new();

    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    public string? Email { get; private set; }
    public bool IsAdministrator { get; private set; }
    public List<Seat> Seats { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Profile = new ProfileInput { DisplayName = user.DisplayName, PreferredLanguage = user.PreferredLanguage };
        await LoadAsync(user, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostProfileAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!IsValid(Profile, nameof(Profile)))
        {
            await LoadAsync(user, cancellationToken);
            return Page();
        }

        user.DisplayName = Profile.DisplayName!.Trim();
        user.PreferredLanguage = string.IsNullOrEmpty(Profile.PreferredLanguage) ? null : Languages.Normalize(Profile.PreferredLanguage);
        await users.UpdateAsync(user);
        if (user.PreferredLanguage is not null)
        {
            AccountLanguage.Remember(Response, user.PreferredLanguage);
        }

        TempData["Flash"] = l["Your profile is saved."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (IsValid(Password, nameof(Password)))
        {
            var result = await users.ChangePasswordAsync(user, Password.CurrentPassword!, Password.NewPassword!);
            if (result.Succeeded)
            {
                await signInManager.RefreshSignInAsync(user);
                TempData["Flash"] = l["Your password is changed."].Value;
                return RedirectToPage();
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Password.CurrentPassword" : "Password.NewPassword", error.Description);
            }
        }

        Profile = new ProfileInput { DisplayName = user.DisplayName, PreferredLanguage = user.PreferredLanguage };
        await LoadAsync(user, cancellationToken);
        return Page();
    }

    // Each form posts only its own fields, and model binding then files the other form's input
    // (and this one's, when nothing of it is posted) under keys without prefix, such as
    // "DisplayName". Both inputs are plain strings with no binding errors to keep: validate
    // the posted form's input alone, under its own prefix.
    private bool IsValid(object input, string prefix)
    {
        ModelState.Clear();
        return TryValidateModel(input, prefix);
    }

    private async Task LoadAsync(User user, CancellationToken cancellationToken)
    {
        Email = user.Email;
        IsAdministrator = await users.IsInRoleAsync(user, Roles.Administrator);
        Seats = await db.TerritoryMembers.AsNoTracking().Where(m => m.UserId == user.Id).OrderBy(m => m.Territory!.Name)
            .Select(m => new Seat(m.Territory!.Name, m.Territory.Slug, m.Role)).ToListAsync(cancellationToken);
    }

    public sealed record Seat(string Name, string Slug, TerritoryRole Role);

    public sealed class ProfileInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(100, ErrorMessage = "The {0} field must have at most {1} characters.")]
        [Display(Name = "Your name")]
        public string? DisplayName { get; set; }

        [Display(Name = "Language of the site")]
        public string? PreferredLanguage { get; set; }
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string? CurrentPassword { get; set; }

        [Required(ErrorMessage = "The {0} field is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string? NewPassword { get; set; }
    }
}
