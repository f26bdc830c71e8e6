using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using OpenSpiral.Web.Features.Members;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// Confirms an address, or a change of address, with the code of the mailed link (page and API).
/// A confirmed address then takes the seats it was invited to.
/// </summary>
public sealed class EmailConfirmation(UserManager<User> users, MemberInvitations invitations)
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

        var confirmed = string.IsNullOrEmpty(changedEmail)
            ? (await users.ConfirmEmailAsync(user, token)).Succeeded

            // The e-mail is also the user name.
            : (await users.ChangeEmailAsync(user, changedEmail, token)).Succeeded
                && (await users.SetUserNameAsync(user, changedEmail)).Succeeded;
        if (confirmed)
        {
            await invitations.AcceptAsync(user, CancellationToken.None);
        }

        return confirmed;
    }
}
