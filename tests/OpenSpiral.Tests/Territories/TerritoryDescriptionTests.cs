using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Territories;

/// <summary>A territory presents itself in several languages; visitors read it in theirs when it is written.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class TerritoryDescriptionTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task Coordinators_write_the_presentation_per_language_and_each_visitor_reads_it_in_theirs()
    {
        var slug = await NewTerritoryAsync();
        var settings = $"/territories/{slug}/workspace/settings";
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        var form = WebUtility.HtmlDecode(await admin.GetStringAsync(settings + "?culture=en"));
        Assert.Contains("Dutch (main language)", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Descriptions[2].Language\" value=\"fr\"", form, StringComparison.Ordinal);
        Assert.Contains("<textarea lang=\"fr\"", form, StringComparison.Ordinal);

        using var saved = await PageForm.PostAsync(admin, settings, [
            new("Cycle", "1"), new("Phase", nameof(CyclePhase.OrganiseAndMobilise)),
            new("Descriptions[0].Language", "nl"), new("Descriptions[0].Text", "Een dorp aan de taalgrens."),
            new("Descriptions[1].Language", "en"), new("Descriptions[1].Text", "  A village on the language border.  "),
            new("Descriptions[2].Language", "fr"), new("Descriptions[2].Text", "Un village sur la frontière linguistique."),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var visitor = app.CreateClient();
        var english = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/territories/{slug}?culture=en"));
        Assert.Contains("<p lang=\"en\" class=\"territory-description\">A village on the language border.</p>", english, StringComparison.Ordinal);
        Assert.Contains("Read it in Dutch", english, StringComparison.Ordinal);
        Assert.Contains("<p lang=\"nl\">Een dorp aan de taalgrens.</p>", english, StringComparison.Ordinal);
        var french = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/territories/{slug}?culture=fr"));
        Assert.Contains("<p lang=\"fr\" class=\"territory-description\">Un village sur la frontière linguistique.</p>", french, StringComparison.Ordinal);

        var id = await app.QueryAsync(db => db.Territories.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync());
        var json = await visitor.GetFromJsonAsync<JsonElement>($"/api/v1/territories/{id}");
        Assert.Equal("Een dorp aan de taalgrens.", json.GetProperty("description").GetString());
        Assert.Equal(
            ["en: A village on the language border.", "fr: Un village sur la frontière linguistique."],
            json.GetProperty("descriptionTranslations").EnumerateArray().Select(d => $"{d.GetProperty("language").GetString()}: {d.GetProperty("text").GetString()}"));

        // Emptying a language removes it; a post that leaves the presentation out changes none of it.
        using var emptied = await PageForm.PostAsync(admin, settings, [
            new("Cycle", "1"), new("Phase", nameof(CyclePhase.OrganiseAndMobilise)), new("Descriptions[0].Language", "fr"), new("Descriptions[0].Text", " "),
        ]);
        using var partial = await PageForm.PostAsync(admin, settings, [new("Cycle", "2"), new("Phase", nameof(CyclePhase.OrganiseAndMobilise))]);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (emptied.StatusCode, partial.StatusCode));
        var stored = await app.QueryAsync(db => db.Territories.AsNoTracking().Include(t => t.DescriptionTranslations).SingleAsync(t => t.Slug == slug));
        Assert.Equal(("Een dorp aan de taalgrens.", 2), (stored.Description, stored.Cycle));
        Assert.Equal(["en"], stored.DescriptionTranslations.Select(d => d.Language));
        var frenchAgain = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/territories/{slug}?culture=fr"));
        Assert.Contains("<p lang=\"nl\" class=\"territory-description\">Een dorp aan de taalgrens.</p>", frenchAgain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_long_a_presentation_is_refused_next_to_its_box_and_nothing_changes()
    {
        var slug = await NewTerritoryAsync();
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var refused = await PageForm.PostAsync(admin, $"/territories/{slug}/workspace/settings?culture=fr", [
            new("Cycle", "1"), new("Phase", nameof(CyclePhase.OrganiseAndMobilise)),
            new("Descriptions[0].Language", "en"), new("Descriptions[0].Text", new string('x', 4001)),
        ]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("4000", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Empty(await app.QueryAsync(db => db.Territories.Where(t => t.Slug == slug).SelectMany(t => t.DescriptionTranslations).ToListAsync()));
    }

    private Task<string> NewTerritoryAsync() => app.QueryAsync(async db =>
    {
        var slug = $"grens-{Guid.NewGuid():N}"[..20];
        db.Territories.Add(new Territory { Name = "Grensdorp", Slug = slug, Country = "BE", Languages = ["nl", "en"], Description = "" });
        await db.SaveChangesAsync();
        return slug;
    });
}
