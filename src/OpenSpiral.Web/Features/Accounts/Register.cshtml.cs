using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(AccountsRateLimiting.Policy)]
public sealed class RegisterModel(UserManager<User> users, SignInManager<User> signInManager, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email!.Trim();
        var user = new User
        {
            UserName = email,
            Email = email,
            DisplayName = Input.DisplayName!.Trim(),
            PreferredLanguage = Languages.Current,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, Input.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email";
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        await signInManager.SignInAsync(user, isPersistent: false);
        TempData["Flash"] = l["Welcome, {0}! Your account is ready.", user.DisplayName].Value;
        return LocalRedirect("/workspace");
    }

    public sealed class RegisterInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(100, ErrorMessage = "The {0} field must have at most {1} characters.")]
        [Display(Name = "Your name")]
        public string? DisplayName { get; set; }

        [Required(ErrorMessage = "The {0} field is required.")]
        [EmailAddress(ErrorMessage = "The {0} field is not a valid e-mail address.")]
        [StringLength(256, ErrorMessage = "The {0} field must have at most {1} characters.")]
        [Display(Name = "E-mail")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(200, MinimumLength = PasswordPolicy.MinimumLength, ErrorMessage = "The {0} field must have between {2} and {1} characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string? Password { get; set; }

        [Required(ErrorMessage = "The {0} field is required.")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
        [DataType(DataType.Password)]
        [Display(Name = "Confirm the password")]
        public string? ConfirmPassword { get; set; }
    }
}
