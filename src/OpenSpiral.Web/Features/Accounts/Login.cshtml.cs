using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(AccountsRateLimiting.Policy)]
[LimitAttemptsPerAccount]
public sealed class LoginModel(AccountSignIn accounts, UserManager<User> users, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accounts.PasswordSignInAsync(Input.Email!, Input.Password!, Input.RememberMe);
        if (result.Succeeded)
        {
            // A language chosen on this device (the switch's cookie, or ?culture= on the login page)
            // wins over the account's preference, which only speaks for devices that chose none.
            var chosen = HttpContext.Features.Get<IRequestCultureFeature>()?.Provider is CookieRequestCultureProvider or QueryStringRequestCultureProvider;
            var user = chosen ? null : await users.FindByEmailAsync(Input.Email!.Trim());
            if (chosen)
            {
                AccountLanguage.Remember(Response, Languages.Current);
            }
            else if (user?.PreferredLanguage is { } language)
            {
                AccountLanguage.Remember(Response, language);
            }

            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/workspace");
        }

        // Unknown, locked or unconfirmed accounts get this answer too: it tells nothing about them.
        ModelState.AddModelError(string.Empty, l["The e-mail or the password is not correct."]);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [EmailAddress(ErrorMessage = "The {0} field is not a valid e-mail address.")]
        [Display(Name = "E-mail")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "The {0} field is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }
}
