using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace OpenSpiral.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(AccountsRateLimiting.Policy)]
[LimitAttemptsPerAccount]
public sealed class ForgotPasswordModel(UserManager<User> users, AccountMails mails) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The answer is the same whether the account exists or not, so that nobody can probe e-mails.
        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user?.Email is not null)
        {
            await mails.SendPasswordResetLinkAsync(user);
        }

        Sent = true;
        return Page();
    }

    public sealed class EmailInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [EmailAddress(ErrorMessage = "The {0} field is not a valid e-mail address.")]
        [Display(Name = "E-mail")]
        public string? Email { get; set; }
    }
}
