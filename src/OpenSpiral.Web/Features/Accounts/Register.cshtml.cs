using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Members;

namespace OpenSpiral.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(AccountsRateLimiting.Policy)]
public sealed class RegisterModel(AccountRegistration accounts, MemberInvitations invitations, UserManager<User> users, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    /// <summary>The token of an invitation to a coordination group, from the mailed link.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Invitation { get; set; }

    /// <summary>The address the invitation is for: the form's address is locked to it.</summary>
    public string? InvitedEmail { get; private set; }

    /// <summary>The territory of a valid invitation that the signed-in owner of its address can accept.</summary>
    public string? JoinTerritory { get; private set; }

    /// <summary>Why the invitation of the link cannot be used.</summary>
    public string? InvitationError { get; private set; }

    /// <summary>The address the confirmation mail went to, once the form is sent.</summary>
    public string? SentTo { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await InvitationAsync(cancellationToken) is { } invitation)
        {
            Input.Email = invitation.Email;
        }
    }

    /// <summary>A signed-in user whose confirmed address was invited takes the seat.</summary>
    public async Task<IActionResult> OnPostJoinAsync(CancellationToken cancellationToken)
    {
        var invitation = await InvitationAsync(cancellationToken);
        if (invitation is null || JoinTerritory is null || await users.GetUserAsync(User) is not { } user)
        {
            return Page();
        }

        await invitations.AcceptAsync(user, cancellationToken);
        TempData["Flash"] = l["You joined the coordination group of {0}.", invitation.Territory!.Name].Value;
        return RedirectToPage("/Members/Index", new { slug = invitation.Territory!.Slug });
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Invitation))
        {
            var invitation = await InvitationAsync(cancellationToken);
            if (invitation is null || JoinTerritory is not null || InvitationError is not null)
            {
                return Page();
            }

            if (Input.Email is not null && MemberInvitations.Normalize(Input.Email) != invitation.NormalizedEmail)
            {
                ModelState.AddModelError("Input.Email", l["This invitation is for another e-mail address."]);
            }
        }

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

    // Reads the invitation of the link: for a visitor it locks the address; for a signed-in user it
    // offers the seat when the user's confirmed address is the invited one.
    private async Task<MemberInvitation?> InvitationAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Invitation))
        {
            return null;
        }

        var invitation = await invitations.FindAsync(Invitation, cancellationToken);
        if (invitation is null)
        {
            InvitationError = l["This invitation has expired or was revoked. Ask the coordinator for a new one."];
            return null;
        }

        if (User.Identity?.IsAuthenticated == true)
        {
            var user = await users.GetUserAsync(User);
            if (user?.Email is null || !user.EmailConfirmed || MemberInvitations.Normalize(user.Email) != invitation.NormalizedEmail)
            {
                InvitationError = l["This invitation is for another e-mail address."];
                return null;
            }

            JoinTerritory = invitation.Territory!.Name;
            return invitation;
        }

        InvitedEmail = invitation.Email;
        return invitation;
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
