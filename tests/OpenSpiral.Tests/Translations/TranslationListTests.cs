using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenSpiral.Tests.Translations;

/// <summary>The /translations page, its exports and GET /api/v1/translations/{language}, on a database of their own.</summary>
public sealed class TranslationListTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    [Fact]
    public async Task The_page_shows_the_table_and_lists_what_french_lacks_with_links_to_the_original_and_to_translate()
    {
        var (_, _, _, delta, deltaFr, gamma) = await SeedAsync();
        using var anonymous = app.CreateAnonymousClient();

        var summary = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/translations"));
        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/translations?language=fr"));

        Assert.Contains("<caption>Translations by language</caption>", summary, StringComparison.Ordinal);
        Assert.Matches(Row("French", "fr", 0, 1, 1, 0, 1, 1), summary);
        Assert.Matches(Row("English", "en", 0, 0, 0, 0, 0, 0), summary);
        Assert.Contains("data-translations-chart=\"translations-data\"", summary, StringComparison.Ordinal);
        Assert.Contains("href=\"/translations/export?format=csv\"", summary, StringComparison.Ordinal);
        Assert.Contains("href=\"/translations/export?format=xlsx\"", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Missing or outdated in", summary, StringComparison.Ordinal);
        Assert.Contains("<option value=\"fr\" selected=\"selected\">French (fr)</option>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Missing or outdated in French</caption>", html, StringComparison.Ordinal);
        Assert.Contains("4 items to translate or check", html, StringComparison.Ordinal);
        Assert.Equal(
        [
            "/wiki/alpha|Alpha|Wiki page|English|outdated|/wiki/alpha-fr/edit|Update the translation",
            "/wiki/beta|Beta|Wiki page|English|missing|/wiki/beta/translate|Translate",
            $"/articles/{delta}|Delta|Article|English|outdated|/articles/{deltaFr}/edit|Update the translation",
            $"/articles/{gamma}|Gamma|Article|English|missing|/articles/new?translationOf={gamma}|Translate",
        ], Items(html));
    }

    [Fact]
    public async Task A_language_that_lacks_nothing_says_everything_is_translated_and_an_unknown_one_is_not_found()
    {
        await SeedAsync();
        using var anonymous = app.CreateAnonymousClient();
        using var french = app.CreateAnonymousClient();
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var english = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/translations?language=en"));
        var inFrench = WebUtility.HtmlDecode(await french.GetStringAsync("/translations?language=en"));
        using var unknown = await anonymous.GetAsync("/translations?language=xx");

        Assert.Contains("<p class=\"empty\">Everything is translated into English.</p>", english, StringComparison.Ordinal);
        Assert.Empty(Items(english));
        Assert.Contains("<p class=\"empty\">Tout est traduit en anglais.</p>", inFrench, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_list_pages_through_wiki_pages_then_articles_across_the_boundary()
    {
        await TranslationData.ClearAsync(app);
        for (var i = 1; i <= 26; i++)
        {
            await TranslationData.PageAsync(app, $"page-{i:00}", "en");
        }

        var a1 = await TranslationData.ArticleAsync(app, "Article 1", "en");
        var a2 = await TranslationData.ArticleAsync(app, "Article 2", "en");
        using var anonymous = app.CreateAnonymousClient();

        var first = Items(WebUtility.HtmlDecode(await anonymous.GetStringAsync("/translations?language=fr")));
        var second = Items(WebUtility.HtmlDecode(await anonymous.GetStringAsync("/translations?language=fr&p=2")));
        var past = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/translations?language=fr&p=3"));
        var api = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/translations/fr?page=2&pageSize=26");
        var straddling = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/translations/fr?page=9&pageSize=3");

        Assert.Equal(25, first.Count);
        Assert.StartsWith("/wiki/page-01|Page 01|", first[0], StringComparison.Ordinal);
        Assert.StartsWith("/wiki/page-25|Page 25|", first[24], StringComparison.Ordinal);
        Assert.Equal(["/wiki/page-26|", $"/articles/{a1}|", $"/articles/{a2}|"], second.Select(s => s[..(s.IndexOf('|', StringComparison.Ordinal) + 1)]));
        Assert.Contains("Page 3 is past the end of the list: the last page is page 2.", past, StringComparison.Ordinal);
        Assert.Empty(Items(past));
        Assert.DoesNotContain("<caption>Missing or outdated in French</caption>", past, StringComparison.Ordinal);
        Assert.Contains("href=\"/translations?language=fr&p=2\"", past, StringComparison.Ordinal);
        Assert.Equal((2, 28, 2), (api.GetProperty("items").GetArrayLength(), api.GetProperty("total").GetInt32(), api.GetProperty("pageCount").GetInt32()));
        Assert.Equal([a1, a2], api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        Assert.Equal(["wikiPage", "wikiPage", "article"], straddling.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task The_api_lists_each_item_with_its_links_and_answers_an_unknown_language_with_a_problem_in_the_request_language()
    {
        var s = await SeedAsync();
        using var anonymous = app.CreateAnonymousClient();
        using var french = app.CreateAnonymousClient();
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var response = await anonymous.GetAsync("/api/v1/translations/FR?pageSize=3");
        using var unknown = await anonymous.GetAsync("/api/v1/translations/xx");
        using var unknownInFrench = await french.GetAsync("/api/v1/translations/xx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"items":[""" +
            $$$"""{"kind":"wikiPage","id":{{{s.Alpha}}},"slug":"alpha","title":"Alpha","originalLanguage":"en","status":"outdated","translationId":{{{s.AlphaFr}}},"translationSlug":"alpha-fr","links":{"original":"/wiki/alpha","translate":"/wiki/alpha-fr/edit"}},""" +
            $$$"""{"kind":"wikiPage","id":{{{s.Beta}}},"slug":"beta","title":"Beta","originalLanguage":"en","status":"missing","translationId":null,"translationSlug":null,"links":{"original":"/wiki/beta","translate":"/wiki/beta/translate"}},""" +
            $$$"""{"kind":"article","id":{{{s.Delta}}},"slug":null,"title":"Delta","originalLanguage":"en","status":"outdated","translationId":{{{s.DeltaFr}}},"translationSlug":null,"links":{"original":"/articles/{{{s.Delta}}}","translate":"/articles/{{{s.DeltaFr}}}/edit"}}""" +
            """],"page":1,"pageSize":3,"total":4,"pageCount":2}""",
            await response.Content.ReadAsStringAsync());
        var last = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/translations/fr?page=2&pageSize=3");
        Assert.Equal(
            $$$"""[{"kind":"article","id":{{{s.Gamma}}},"slug":null,"title":"Gamma","originalLanguage":"en","status":"missing","translationId":null,"translationSlug":null,"links":{"original":"/articles/{{{s.Gamma}}}","translate":"/articles/new?translationOf={{{s.Gamma}}}"}}]""",
            last.GetProperty("items").GetRawText());
        var problem = await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal(("Not Found", "xx is not one of the network's languages."), (problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString()));
        var problemInFrench = await Problems.AssertProblemAsync(unknownInFrench, HttpStatusCode.NotFound);
        Assert.Equal("xx n’est pas une des langues du réseau.", problemInFrench.GetProperty("detail").GetString());
    }

    // The other interface languages: the two English wiki pages and the two English articles are missing in each.
    private static readonly string[] OtherLanguages =
        ["Greek,el,0,0,2,0,0,2", "Italian,it,0,0,2,0,0,2", "Latvian,lv,0,0,2,0,0,2", "Polish,pl,0,0,2,0,0,2", "Portuguese,pt,0,0,2,0,0,2", "Romanian,ro,0,0,2,0,0,2", "Swedish,sv,0,0,2,0,0,2"];

    [Fact]
    public async Task The_table_downloads_as_csv_and_xlsx_with_the_same_figures()
    {
        await SeedAsync();
        using var anonymous = app.CreateAnonymousClient();

        using var csv = await anonymous.GetAsync("/translations/export?format=csv");
        using var xlsx = await anonymous.GetAsync("/translations/export?format=xlsx");
        using var wrong = await anonymous.GetAsync("/translations/export?format=pdf");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "Language,Code,Wiki pages up to date,Wiki pages outdated,Wiki pages missing,Articles up to date,Articles outdated,Articles missing\r\n" +
            "English,en,0,0,0,0,0,0\r\nFrench,fr,0,1,1,0,1,1\r\n" + string.Concat(OtherLanguages.Select(row => row + "\r\n")),
            Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'));
        using var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var workbook = document.WorkbookPart!;
        Assert.Equal("Translations", workbook.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        var rows = workbook.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => string.Join(",", r.Elements<Cell>().Select(c => c.InnerText))).ToList();
        Assert.Equal(
            ["Language,Code,Wiki pages up to date,Wiki pages outdated,Wiki pages missing,Articles up to date,Articles outdated,Articles missing", "English,en,0,0,0,0,0,0", "French,fr,0,1,1,0,1,1", .. OtherLanguages],
            rows);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
    }

    [Fact]
    public async Task The_wiki_the_articles_and_the_glossary_link_to_the_page()
    {
        using var anonymous = app.CreateAnonymousClient();

        foreach (var url in new[] { "/wiki", "/articles", "/glossary" })
        {
            var html = await anonymous.GetStringAsync(url);
            Assert.Contains("<a href=\"/translations\">What is missing or outdated in each language</a>", html, StringComparison.Ordinal);
        }
    }

    // English originals: wiki alpha (French translation outdated) and beta (none); articles Delta (French translation outdated) and Gamma (none).
    private async Task<Seeded> SeedAsync()
    {
        await TranslationData.ClearAsync(app);
        var alpha = await TranslationData.PageAsync(app, "alpha", "en", version: 2);
        var alphaFr = await TranslationData.PageAsync(app, "alpha-fr", "fr", originalId: alpha, originalVersion: 1);
        var beta = await TranslationData.PageAsync(app, "beta", "en");
        var delta = await TranslationData.ArticleAsync(app, "Delta", "en", version: 3);
        var deltaFr = await TranslationData.ArticleAsync(app, "Delta fr", "fr", originalId: delta, originalVersion: 2);
        var gamma = await TranslationData.ArticleAsync(app, "Gamma", "en");
        return new Seeded(alpha, alphaFr, beta, delta, deltaFr, gamma);
    }

    private sealed record Seeded(int Alpha, int AlphaFr, int Beta, int Delta, int DeltaFr, int Gamma);

    private static Regex Row(string name, string code, params int[] counts) =>
        new($"<th scope=\"row\">{name}</th>\\s*<td>{code}</td>" + string.Concat(counts.Select(c => $"\\s*<td class=\"num\">{c}</td>")));

    // Each row of the list: original link|title|kind|original language|status|translate link|its text.
    private static List<string> Items(string html) =>
        [.. Regex.Matches(html, "<tr>\\s*<th scope=\"row\"><a href=\"([^\"]+)\" lang=\"[a-z]+\">([^<]+)</a></th>\\s*<td>([^<]+)</td>\\s*<td>([^<]+)</td>\\s*<td>([^<]+)</td>\\s*<td>\\s*<a href=\"([^\"]+)\"[^>]*>([^<]+)</a>")
            .Select(m => string.Join('|', m.Groups.Cast<System.Text.RegularExpressions.Group>().Skip(1).Select(g => g.Value)))];
}
