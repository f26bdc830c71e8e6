using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(AccountsRateLimiting.Policy)]
[LimitAttemptsPerAccount]
public sealed class ResetPasswordModel(PasswordReset reset, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ResetInput Input { get; set; } = new();

    public void OnGet(string? email, string? token)
    {
        Input.Email = email;
        Input.Token = token;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await reset.ResetAsync(Input.Email!, Input.Token, Input.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty, error.Description);
            }

            return Page();
        }

        TempData["Flash"] = l["Your password is changed. You can log in with it now."].Value;
        return LocalRedirect("/account/login");
    }

    public sealed class ResetInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [EmailAddress(ErrorMessage = "The {0} field is not a valid e-mail address.")]
        [Display(Name = "E-mail")]
        public string? Email { get; set; }

        public string? Token { get; set; }

        [Required(ErrorMessage = "The {0} field is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string? Password { get; set; }
    }
}
