using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.OpenData;

/// <summary>The administrators choose the open data's licence in the network settings, from the list only.</summary>
public sealed class OpenDataLicenceSettingTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    [Fact]
    public async Task An_administrator_chooses_a_licence_of_the_list_and_another_value_is_refused_in_french()
    {
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var saved = await PageForm.PostAsync(admin, "/admin/network",
            [new("Input.Name", "OpenSpiral network"), new("Input.DefaultLanguage", "en"), new("Input.OpenDataLicence", "CC0-1.0")]);
        using var refused = await PageForm.PostAsync(admin, "/admin/network?culture=fr",
            [new("Input.Name", "OpenSpiral network"), new("Input.DefaultLanguage", "en"), new("Input.OpenDataLicence", "MIT")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choisissez l\u2019une des licences de la liste.", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("CC0-1.0", await app.QueryAsync(db => db.NetworkSettings.Select(s => s.OpenDataLicence).SingleAsync()));
    }
}
