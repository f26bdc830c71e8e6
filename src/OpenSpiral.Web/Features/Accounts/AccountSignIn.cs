using Microsoft.AspNetCore.Identity;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// Password logins for the login page and the API. Whatever the reason of a failure (no such
/// account, wrong password, locked, address not confirmed), the caller can only answer "wrong
/// e-mail or password", and the time it takes does not tell them apart either: a password is
/// hashed every time. When failures lock an account, its owner gets a mail.
/// </summary>
public sealed class AccountSignIn(SignInManager<User> signInManager, IPasswordHasher<User> hasher, AccountMails mails)
{
    private static string? s_unknownAccountHash;

    public async Task<SignInResult> PasswordSignInAsync(string email, string password, bool isPersistent)
    {
        var users = signInManager.UserManager;
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            HashInVain(password);
            return SignInResult.Failed;
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);
        if (wasLockedOut || result.IsNotAllowed)
        {
            // Identity answers these before it checks the password.
            HashInVain(password);
        }
        else if (result.IsLockedOut)
        {
            await mails.SendLockedOutAsync(user);
        }

        return result;
    }

    // Verifies against a hash made by the same hasher, so with the same cost as a real account's.
    private void HashInVain(string password)
    {
        var user = new User();
        s_unknownAccountHash ??= hasher.HashPassword(user, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(user, s_unknownAccountHash, password);
    }
}
