using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.Tests.Translations;

/// <summary>The counts per language, on a database of its own whose wiki and articles each test writes from scratch.</summary>
public sealed class TranslationStatusTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    [Fact]
    public async Task Each_language_counts_up_to_date_outdated_and_missing_originals_written_in_other_languages()
    {
        await TranslationData.ClearAsync(app);
        await TranslationData.PageAsync(app, "alpha", "en");
        var beta = await TranslationData.PageAsync(app, "beta", "en");
        await TranslationData.PageAsync(app, "beta-fr", "fr", originalId: beta, originalVersion: 1);
        var gamma = await TranslationData.PageAsync(app, "gamma", "en");
        await TranslationData.PageAsync(app, "gamma-fr", "fr", originalId: gamma, originalVersion: 1);
        await TranslationData.PageAsync(app, "delta", "fr");
        var epsilon = await TranslationData.PageAsync(app, "epsilon", "it");
        await TranslationData.PageAsync(app, "epsilon-en", "en", originalId: epsilon, originalVersion: 1);
        var x = await TranslationData.ArticleAsync(app, "X", "en");
        var xFr = await TranslationData.ArticleAsync(app, "X fr", "fr", originalId: x, originalVersion: 1);
        await TranslationData.ArticleAsync(app, "Y", "fr");
        var z = await TranslationData.ArticleAsync(app, "Z", "en", version: 2);
        var zIt = await TranslationData.ArticleAsync(app, "Z it", "it", originalId: z, originalVersion: 1);
        using var anonymous = app.CreateAnonymousClient();
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        // The original of gamma-fr changes: its translation becomes outdated.
        await EditAsync("gamma", 1, confirm: false);

        Assert.Equal(["en 1/0/1 0/0/1", "fr 1/1/2 1/0/1", "el 0/0/5 0/0/3", "it 0/0/4 0/1/2", .. Others("0/0/5 0/0/3")], await SummaryAsync(anonymous));

        // A translator checks gamma-fr and Z it against their originals.
        await EditAsync("gamma-fr", 1, confirm: true);
        using var confirmed = await admin.PutAsJsonAsync($"/api/v1/articles/{zIt}", new { title = "Z it", content = "Testo", language = "it", version = 1, checkedAgainstOriginal = true });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        Assert.Equal(["en 1/0/1 0/0/1", "fr 2/0/2 1/0/1", "el 0/0/5 0/0/3", "it 0/0/4 1/0/2", .. Others("0/0/5 0/0/3")], await SummaryAsync(anonymous));

        // Deleted: an original with no translation (missing nowhere any more) and a translation (its original is missing again).
        await DeleteAsync("alpha");
        using var deleted = await admin.DeleteAsync($"/api/v1/articles/{xFr}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        Assert.Equal(["en 1/0/1 0/0/1", "fr 2/0/1 0/0/2", "el 0/0/4 0/0/3", "it 0/0/3 1/0/2", .. Others("0/0/4 0/0/3")], await SummaryAsync(anonymous));
    }

    [Fact]
    public async Task Every_interface_language_is_listed_even_with_nothing_written_and_exactly_as_json()
    {
        await TranslationData.ClearAsync(app);
        await TranslationData.PageAsync(app, "omega", "de");
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.GetAsync("/api/v1/translations");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"languages":[{"language":"en","wikiPages":{"upToDate":0,"outdated":0,"missing":1},"articles":{"upToDate":0,"outdated":0,"missing":0}},""" +
            """{"language":"fr","wikiPages":{"upToDate":0,"outdated":0,"missing":1},"articles":{"upToDate":0,"outdated":0,"missing":0}},""" +
            string.Concat(AfterFrench.Select(code =>
                $$$"""{"language":"{{{code}}}","wikiPages":{"upToDate":0,"outdated":0,"missing":1},"articles":{"upToDate":0,"outdated":0,"missing":0}},""")) +
            """{"language":"de","wikiPages":{"upToDate":0,"outdated":0,"missing":0},"articles":{"upToDate":0,"outdated":0,"missing":0}}]}""",
            await response.Content.ReadAsStringAsync());
    }

    // The interface languages after English, French, Greek and Italian, where nothing is written: everything is missing.
    private static IEnumerable<string> Others(string counts) => AfterFrench.Skip(2).Select(code => $"{code} {counts}");

    // The interface languages after English and French, in their order.
    private static readonly string[] AfterFrench = ["el", "it", "lv", "pl", "pt", "ro", "sv"];

    private static async Task<List<string>> SummaryAsync(HttpClient client)
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/translations");
        return [.. body.GetProperty("languages").EnumerateArray().Select(l =>
            $"{l.GetProperty("language").GetString()} {Counts(l.GetProperty("wikiPages"))} {Counts(l.GetProperty("articles"))}")];

        static string Counts(JsonElement c) => $"{c.GetProperty("upToDate").GetInt32()}/{c.GetProperty("outdated").GetInt32()}/{c.GetProperty("missing").GetInt32()}";
    }

    private async Task EditAsync(string slug, int version, bool confirm)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var editor = await Editor(services);
        var outcome = await services.GetRequiredService<WikiService>().UpdateAsync(slug, new WikiEdit(TranslationData.Title(slug), "Changed text of " + slug, ConfirmTranslation: confirm), version, editor, default);
        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Errors.SelectMany(e => e.Value)));
    }

    private async Task DeleteAsync(string slug)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var outcome = await services.GetRequiredService<WikiService>().DeleteAsync(slug, await Editor(services), default);
        Assert.Equal(slug, outcome.Slug);
    }

    private static async Task<WikiEditor> Editor(IServiceProvider services) => new(
        await services.GetRequiredService<OpenSpiral.Web.Data.OpenSpiralDbContext>().Users.Where(u => u.Email == DemoData.Administrator).Select(u => u.Id).SingleAsync(), true);
}
