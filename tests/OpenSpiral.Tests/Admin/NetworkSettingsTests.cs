using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Admin;

public sealed class NetworkSettingsTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    [Fact]
    public async Task An_administrator_renames_the_network_and_sets_its_contact()
    {
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var saved = await PageForm.PostAsync(admin, "/admin/network",
            [new("Input.Name", "TOGETHER network"), new("Input.DefaultLanguage", "fr"), new("Input.ContactEmail", "contact@together.example")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = await app.QueryAsync(db => db.NetworkSettings.SingleAsync());
        Assert.Equal(("TOGETHER network", "fr", "contact@together.example"), (settings.Name, settings.DefaultLanguage, settings.ContactEmail));
    }

    [Fact]
    public async Task A_bad_contact_is_refused_in_french_and_nothing_changes()
    {
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        var before = await app.QueryAsync(db => db.NetworkSettings.Select(s => s.Name).SingleAsync());

        using var response = await PageForm.PostAsync(admin, "/admin/network?culture=fr",
            [new("Input.Name", "Autre nom"), new("Input.DefaultLanguage", "fr"), new("Input.ContactEmail", "pas-un-email")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.NetworkSettings.Select(s => s.Name).SingleAsync()));
    }
}
