using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace OpenSpiral.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(AccountsRateLimiting.Policy)]
public sealed class RegisterModel(AccountRegistration accounts) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    /// <summary>The address the confirmation mail went to, once the form is sent.</summary>
    public string? SentTo { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A taken address gets the same answer as a new one; its owner is told by mail.
        var result = await accounts.RegisterAsync(Input.Email!, Input.Password!, Input.DisplayName!, AccountMails.ConfirmationTarget.Page);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email";
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        SentTo = Input.Email!.Trim();
        return Page();
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
