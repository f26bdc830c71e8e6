using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Tests.Syntheses;

/// <summary>The printable report can include, per component, the citizens' words and the groups' statements, not only counts.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class SynthesisReportWordsTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task By_default_the_report_gives_counts_only_and_offers_the_words_unchecked()
    {
        var data = await WithStatementsAsync();
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis/report"));

        Assert.Contains("<input type=\"checkbox\" id=\"words\" name=\"words\" value=\"true\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"words\">Include the citizens' words and the groups' statements, per component</label>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("The citizens' words, per component", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Loneliness weighs on us", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_words_each_component_lists_its_criteria_and_the_statements_linked_to_them()
    {
        var data = await WithStatementsAsync();
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis/report?words=true"));

        Assert.Contains("<input type=\"checkbox\" id=\"words\" name=\"words\" value=\"true\" checked=\"checked\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"words-title\">The citizens' words, per component</h2>", html, StringComparison.Ordinal);
        var loneliness = Block(html, "G07 Loneliness");
        Assert.Contains("<span class=\"count\">(5 criteria)</span>", loneliness, StringComparison.Ordinal);
        Assert.Equal(5, Count(loneliness, "<li><span class=\"question\">Q2</span> <span lang=\"fr\">G07 Q2 "));
        Assert.Contains("<li><strong>Elderly</strong> (Q2): <span lang=\"fr\">Loneliness weighs on us</span></li>", loneliness, StringComparison.Ordinal);
        var housing = Block(html, "A03 Housing and furnishing");
        Assert.Contains("<span class=\"count\">(7 criteria)</span>", housing, StringComparison.Ordinal);
        Assert.Equal(7, Count(housing, "<li><span class=\"question\">"));
        Assert.DoesNotContain("Loneliness weighs on us", housing, StringComparison.Ordinal);
        Assert.DoesNotContain("<h4>What the groups stated</h4>", housing, StringComparison.Ordinal);
        Assert.Contains("<span class=\"count\">(one criterion)</span>", Block(html, "B01 "), StringComparison.Ordinal);
        var unclassified = Block(html, "Not yet classified");
        Assert.Equal(2, Count(unclassified, "<li><span class=\"question\">"));
        Assert.Contains("<li><strong>Young</strong> (Q3): <span lang=\"fr\">We will meet again in spring</span></li>", unclassified, StringComparison.Ordinal);
        Assert.DoesNotContain("Waiting for approval", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_words_never_name_a_person_and_speak_french()
    {
        var data = await WithStatementsAsync();
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis/report?words=true&culture=fr"));

        Assert.Contains("<h2 id=\"words-title\">Les mots des citoyens, par composante</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"count\">(5 critères)</span>", Block(html, "G07 Solitude"), StringComparison.Ordinal);
        Assert.Contains("<h4>Ce que les groupes ont énoncé</h4>", Block(html, "G07 Solitude"), StringComparison.Ordinal);
        Assert.DoesNotContain("@openspiral.demo", html, StringComparison.Ordinal);
    }

    private async Task<SynthesisDataset> WithStatementsAsync()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        await app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var loneliness = await db.Criteria.Where(c => c.GroupId == data.ElderlyId && c.Component!.Code == "G07").Take(2).ToListAsync();
            db.GroupStatements.Add(new GroupStatement { GroupId = data.ElderlyId, Question = Question.Q2, Text = "Loneliness weighs on us", Criteria = loneliness, UpdatedAt = now });
            db.GroupStatements.Add(new GroupStatement { GroupId = data.YoungId, Question = Question.Q3, Text = "We will meet again in spring", UpdatedAt = now });
            db.Criteria.Add(new Criterion
            {
                TerritoryId = data.TerritoryId, GroupId = data.YoungId, Text = "Waiting for approval", Language = "fr", Question = Question.Q1, Status = CriterionStatus.Pending,
                Source = CriterionSource.Kiosk, CreatedAt = now, UpdatedAt = now,
            });
            return await db.SaveChangesAsync();
        });
        return data;
    }

    /// <summary>One component's block of the report, from its heading to the next.</summary>
    private static string Block(string html, string title)
    {
        var start = html.IndexOf($"<h3>{title}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No block {title}");
        var end = html.IndexOf("<h3>", start + 4, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
