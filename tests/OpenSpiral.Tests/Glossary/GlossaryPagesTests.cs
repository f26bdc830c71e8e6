using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Glossary;

[Collection(ApplicationCollection.Name)]
public sealed class GlossaryPagesTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task Anyone_reads_the_glossary_in_French_with_each_term_anchored()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/glossary?language=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<div class=\"glossary-entry\" id=\"homogeneous-group\" lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains(">groupe homogène</a>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_term_not_written_in_the_reader_s_language_is_shown_in_English_and_says_so()
    {
        var key = await GlossaryData.AddTermAsync(app, ("en", "listening bench", "A bench where people talk."));
        using var client = app.CreateAnonymousClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/glossary?language=fr"));

        var entry = html[html.IndexOf($"id=\"{key}\"", StringComparison.Ordinal)..];
        Assert.StartsWith($"id=\"{key}\" lang=\"en\">", entry, StringComparison.Ordinal);
        Assert.Contains("Not yet translated: shown in English", entry[..600], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_term_page_marks_other_terms_in_its_definitions_but_not_itself()
    {
        using var client = app.CreateAnonymousClient();

        var html = await client.GetStringAsync("/glossary/criterion");

        Assert.Contains("<dfn class=\"glossary-term\" tabindex=\"0\" aria-describedby=\"gloss-well-being-", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/glossary#well-being\" lang=\"en\">In the glossary</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("gloss-criterion-", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/account/login?returnUrl=%2Fglossary%2Fcriterion\">Log in to translate the glossary.</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_definitions_are_shown_as_text_in_the_page_and_in_tooltips()
    {
        var hostile = await GlossaryData.AddTermAsync(app, ("en", "hostile word", "<img src=x onerror=alert(1)><script>alert(2)</script>"));
        var host = await GlossaryData.AddTermAsync(app, ("en", "host word", "Mentions the hostile word [x](javascript:alert(3))."));
        using var client = app.CreateAnonymousClient();

        var hostilePage = await client.GetStringAsync($"/glossary/{hostile}");
        var hostPage = await client.GetStringAsync($"/glossary/{host}");

        foreach (var html in new[] { hostilePage, hostPage })
        {
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        }

        Assert.Contains($"role=\"tooltip\">&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt; <a href=\"/glossary#{hostile}\" lang=\"en\">", hostPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_save_keeps_what_was_typed_and_shows_their_version()
    {
        var key = await GlossaryData.AddTermAsync(app, ("en", "garden party", "A party in a garden."));
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        await app.QueryAsync(db => db.GlossaryEntries.Where(e => e.Term == "garden party").ExecuteUpdateAsync(s => s.SetProperty(e => e.Definition, "Theirs, saved meanwhile.").SetProperty(e => e.Version, 2)));

        using var response = await PageForm.PostAsync(member, $"/glossary/{key}/en/edit",
            [new("Term", "garden party"), new("Definition", "Mine, typed from version 1."), new("DoNotConfuse", ""), new("Version", "1")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Someone changed this entry while you were writing.", html, StringComparison.Ordinal);
        Assert.Contains("Mine, typed from version 1.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Theirs, saved meanwhile.</dd>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2\"", html, StringComparison.Ordinal);
        Assert.Equal("Theirs, saved meanwhile.", await app.QueryAsync(db => db.GlossaryEntries.Where(e => e.Term == "garden party").Select(e => e.Definition).SingleAsync()));

        using var saved = await PageForm.PostAsync(member, $"/glossary/{key}/en/edit",
            [new("Term", "garden party"), new("Definition", "Mine, typed from version 1."), new("DoNotConfuse", ""), new("Version", "2")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/glossary/{key}", saved.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in_to_edit_and_members_cannot_add_or_delete_terms()
    {
        using var anonymous = app.CreateAnonymousClient();
        using var edit = await anonymous.GetAsync("/glossary/criterion/fr/edit");
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.StartsWith("/account/login", edit.Headers.Location?.AbsolutePath ?? edit.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        using var create = await member.GetAsync("/glossary/new");
        using var delete = await member.GetAsync("/glossary/criterion/delete");
        Assert.Equal((HttpStatusCode.Redirect, "/account/access-denied"), (create.StatusCode, create.Headers.Location?.AbsolutePath));
        Assert.Equal((HttpStatusCode.Redirect, "/account/access-denied"), (delete.StatusCode, delete.Headers.Location?.AbsolutePath));
    }
}
