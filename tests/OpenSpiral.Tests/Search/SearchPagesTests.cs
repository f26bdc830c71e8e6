using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Search;

namespace OpenSpiral.Tests.Search;

public sealed class SearchPagesTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    [Fact]
    public async Task Anyone_finds_a_published_action_with_the_words_marked_and_the_counts_per_filter()
    {
        var word = SearchData.Word();
        var action = await app.QueryAsync(db => SearchData.ActionAsync(db, DemoData.Territory1Slug, "Jardin <b>partagé</b> " + word, "Un jardin ouvert à tous.", published: true));
        using var anonymous = app.CreateAnonymousClient();

        var html = await anonymous.GetStringAsync($"/search?q={word}");

        Assert.Contains($"<a href=\"/territories/{DemoData.Territory1Slug}/actions/{action.Id}\">", html, StringComparison.Ordinal);
        Assert.Contains("Jardin &lt;b&gt;partag&#xE9;&lt;/b&gt; ", html, StringComparison.Ordinal);
        Assert.Contains($"<mark>{word}</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"results-heading\">1 result</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Action <span class=\"count\">(1)</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>partag", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_without_results_says_so_in_the_visitors_language()
    {
        using var anonymous = app.CreateAnonymousClient();

        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/search?q={SearchData.Word()}&culture=fr"));

        Assert.Contains("<h2 id=\"results-heading\">0 résultat</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Rien ne correspond à ces mots. Essayez moins de mots ou d’autres, ou retirez un filtre.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_too_long_search_is_refused_on_the_field_in_the_visitors_language()
    {
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.GetAsync($"/search?q={new string('a', 201)}&type=poem&culture=fr");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Une recherche compte au plus 200 caractères.", html, StringComparison.Ordinal);
        Assert.Contains("poem n’est pas un type de résultat\u00a0: utilisez wiki, article, action, indicator ou criterion.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("results-heading", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrators_rebuild_the_index_from_the_admin_page_and_nobody_else_may()
    {
        await app.QueryAsync(db => db.SearchDocuments.Where(d => d.Kind == SearchDocumentKind.Criterion).ExecuteDeleteAsync());
        var expected = await app.QueryAsync(db => db.Criteria.CountAsync(c => c.ComponentId != null && c.Status == OpenSpiral.Web.Features.Criteria.CriterionStatus.Approved));
        using var administrator = await app.CreateCookieClientAsync(DemoData.Administrator);
        using var member = await app.CreateCookieClientAsync(DemoData.Member);

        using var refused = await member.GetAsync("/admin/search");
        using var rebuilt = await PageForm.PostAsync(administrator, "/admin/search", []);
        var html = WebUtility.HtmlDecode(await administrator.GetStringAsync("/admin/search"));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/account/access-denied", refused.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, rebuilt.StatusCode);
        Assert.Equal(expected, await app.QueryAsync(db => db.SearchDocuments.CountAsync(d => d.Kind == SearchDocumentKind.Criterion)));
        var total = await app.QueryAsync(db => db.SearchDocuments.CountAsync());
        Assert.Contains($"The index was rebuilt: {total} documents.", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><td>Criterion</td><td class=\"number\">{expected}</td></tr>", html, StringComparison.Ordinal);
    }
}
