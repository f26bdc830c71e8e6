using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Territories;

[Collection(ApplicationCollection.Name)]
public sealed class SettingsPageTests(OpenSpiralApplication app)
{
    private const string SettingsUrl = $"/territories/{DemoData.Territory1Slug}/workspace/settings?culture=fr";

    [Fact]
    public async Task Settings_posted_without_cycle_and_phase_are_refused_and_change_nothing()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var before = await PhaseAsync();

        using var response = await PageForm.PostAsync(client, SettingsUrl, [new("AsksFutureGenerations", "false")]);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {response.Headers.Location}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Une valeur est obligatoire pour Cycle.", html, StringComparison.Ordinal);
        Assert.Contains("Une valeur est obligatoire pour Phase.", html, StringComparison.Ordinal);
        Assert.Equal(before, await PhaseAsync());
    }

    private Task<(int Cycle, string Phase)> PhaseAsync() => app.QueryAsync(async db =>
    {
        var territory = await db.Territories.AsNoTracking().SingleAsync(t => t.Slug == DemoData.Territory1Slug);
        return (territory.Cycle, territory.Phase.ToString());
    });
}
