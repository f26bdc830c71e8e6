using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// Sets a new password with a token that was mailed to the account's address. The token proves
/// the address, so the reset also confirms it and lifts a lockout.
/// </summary>
public sealed class PasswordReset(UserManager<User> users)
{
    public async Task<IdentityResult> ResetAsync(string email, string? encodedToken, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encodedToken ?? ""));
        }
        catch (FormatException)
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        if (user is null)
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return result;
        }

        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return IdentityResult.Success;
    }
}
