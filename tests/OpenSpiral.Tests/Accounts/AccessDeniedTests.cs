using System.Net;

namespace OpenSpiral.Tests.Accounts;

/// <summary>
/// A facilitator refused a coordinators' page is told so; anyone else refused a territory's page
/// (another territory's coordinator, a member without a territory) gets the general answer.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class AccessDeniedTests(OpenSpiralApplication app)
{
    private const string Settings = $"/territories/{DemoData.Territory1Slug}/workspace/settings";

    [Theory]
    [InlineData("en", "This page is for the coordinators", "This page is for the territory's coordinators. Ask one of them if you need what it does.")]
    [InlineData("fr", "Cette page est réservée aux coordinateurs", "Cette page est réservée aux coordinateurs du territoire. Demandez-leur si vous avez besoin de ce qu'elle permet.")]
    public async Task A_facilitator_refused_a_coordinators_page_is_told_it_is_for_the_coordinators(string culture, string title, string lead)
    {
        using var facilitator = await app.CreateCookieClientAsync(DemoData.Facilitator1);

        using var refused = await facilitator.GetAsync(Settings);
        var deniedPage = refused.Headers.Location!.PathAndQuery;
        var html = WebUtility.HtmlDecode(await facilitator.GetStringAsync(deniedPage + "&culture=" + culture));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal($"/account/access-denied?ReturnUrl={Uri.EscapeDataString(Settings)}&for=coordinators", deniedPage);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"lead\">{lead}</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoData.Coordinator2)]
    [InlineData(DemoData.Member)]
    public async Task Someone_outside_the_territory_gets_the_general_refusal(string account)
    {
        using var outsider = await app.CreateCookieClientAsync(account);

        using var refused = await outsider.GetAsync(Settings);
        var deniedPage = refused.Headers.Location!.PathAndQuery;
        var html = WebUtility.HtmlDecode(await outsider.GetStringAsync(deniedPage + "&culture=en"));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal($"/account/access-denied?ReturnUrl={Uri.EscapeDataString(Settings)}", deniedPage);
        Assert.Contains("<h1>Access denied</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("coordinators. Ask", html, StringComparison.Ordinal);
    }
}
