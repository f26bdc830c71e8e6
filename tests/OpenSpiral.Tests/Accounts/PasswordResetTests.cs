using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace OpenSpiral.Tests.Accounts;

[Collection(ApplicationCollection.Name)]
public sealed partial class PasswordResetTests(OpenSpiralApplication app)
{
    private const string OldPassword = "Old-password-2026";
    private const string NewPassword = "New-password-2026";

    [Fact]
    public async Task A_user_resets_a_forgotten_password_with_the_code_sent_by_mail()
    {
        // Its own account, so that no other test loses the password it logs in with.
        var email = $"reset-{Guid.NewGuid():N}@example.org";
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        await RegisterAndConfirmAsync(client, email);

        using var forgot = await client.PostAsJsonAsync("/api/v1/identity/forgotPassword", new { email });
        Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        var mail = await MailFolder.ReadLatestAsync(app.MailPickupDirectory, email, "Reset your OpenSpiral password");
        var code = ResetCode().Match(mail);
        Assert.True(code.Success, $"No reset code in: {mail}");

        using var reset = await client.PostAsJsonAsync("/api/v1/identity/resetPassword", new { email, resetCode = code.Groups[1].Value, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);

        using var withNew = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = NewPassword });
        using var withOld = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = OldPassword });
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
    }

    [Fact]
    public async Task A_wrong_reset_code_changes_nothing()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.org";
        using var client = app.CreateAnonymousClient();
        await RegisterAndConfirmAsync(client, email);

        using var reset = await client.PostAsJsonAsync("/api/v1/identity/resetPassword", new { email, resetCode = "bm90LWEtY29kZQ", newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, reset.StatusCode);
        using var withOld = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = OldPassword });
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
    }

    // Identity mails reset codes only to confirmed addresses: confirm through the link it mails.
    private async Task RegisterAndConfirmAsync(HttpClient client, string email)
    {
        using var registered = await client.PostAsJsonAsync("/api/v1/identity/register", new { email, password = OldPassword });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var mail = await MailFolder.ReadLatestAsync(app.MailPickupDirectory, email, "Confirm your OpenSpiral account");
        var link = ConfirmationLink().Match(WebUtility.HtmlDecode(mail));
        Assert.True(link.Success, $"No confirmation link in: {mail}");

        using var confirmed = await client.GetAsync(new Uri(link.Value).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    [GeneratedRegex(@"code is: (\S+)")]
    private static partial Regex ResetCode();

    [GeneratedRegex(@"https?://\S+/api/v1/identity/confirmEmail\?\S+")]
    private static partial Regex ConfirmationLink();
}
