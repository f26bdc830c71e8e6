using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace OpenSpiral.Tests.Accounts;

/// <summary>Accounts of the tests' own, registered through the API as a client would.</summary>
public static partial class TestAccounts
{
    /// <summary>A new address, unique to one test.</summary>
    public static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@example.org";

    /// <summary>Registers <paramref name="email"/> and confirms it with the link mailed to it, so that it can log in.</summary>
    public static async Task RegisterConfirmedAsync(OpenSpiralApplication app, string email, string password)
    {
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var registered = await client.PostAsJsonAsync("/api/v1/identity/register", new { email, password });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var mail = await MailFolder.ReadLatestAsync(app.MailPickupDirectory, email, "Confirm your OpenSpiral account");
        var link = ConfirmationLink().Match(mail);
        Assert.True(link.Success, $"No confirmation link in: {mail}");

        using var confirmed = await client.GetAsync(new Uri(link.Value).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    [GeneratedRegex(@"https?://\S+/api/v1/identity/confirmEmail\?\S+")]
    public static partial Regex ConfirmationLink();
}
