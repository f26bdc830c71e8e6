using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>Confirms an address, or a change of address, with the code of the mailed link (page and API).</summary>
public sealed class EmailConfirmation(UserManager<User> users)
{
    public async Task<bool> ConfirmAsync(string? userId, string? code, string? changedEmail)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code) || await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return false;
        }

        if (string.IsNullOrEmpty(changedEmail))
        {
            return (await users.ConfirmEmailAsync(user, token)).Succeeded;
        }

        // The e-mail is also the user name.
        return (await users.ChangeEmailAsync(user, changedEmail, token)).Succeeded
            && (await users.SetUserNameAsync(user, changedEmail)).Succeeded;
    }
}
