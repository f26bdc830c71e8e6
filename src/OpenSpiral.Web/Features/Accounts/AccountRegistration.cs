using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// Registration for the page and the API. An address that already has an account is answered
/// exactly like a new one (its owner gets a mail instead), so that nobody can find out who has an
/// account; the password is checked and hashed either way, which also keeps the timing alike.
/// </summary>
public sealed class AccountRegistration(UserManager<User> users, IPasswordHasher<User> hasher, AccountMails mails, TimeProvider clock)
{
    private static readonly EmailAddressAttribute EmailAddress = new();

    public async Task<IdentityResult> RegisterAsync(string email, string password, string displayName, AccountMails.ConfirmationTarget target)
    {
        email = email.Trim();
        var user = new User
        {
            UserName = email,
            Email = email,
            DisplayName = displayName.Trim(),
            PreferredLanguage = Languages.Current,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (!EmailAddress.IsValid(email) || email.Length > 256)
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidEmail(email));
        }

        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }

        if (errors.Count > 0)
        {
            return IdentityResult.Failed([.. errors]);
        }

        if (await users.FindByEmailAsync(email) is { } owner)
        {
            await TellOwnerAsync(owner, user, password);
            return IdentityResult.Success;
        }

        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            await mails.SendConfirmationLinkAsync(user, target);
            return IdentityResult.Success;
        }

        // Someone registered the same address in the meantime.
        if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
            && await users.FindByEmailAsync(email) is { } winner)
        {
            await mails.SendRegistrationAttemptAsync(winner);
            return IdentityResult.Success;
        }

        return created;
    }

    private async Task TellOwnerAsync(User owner, User attempt, string password)
    {
        hasher.HashPassword(attempt, password);
        await mails.SendRegistrationAttemptAsync(owner);
    }
}
