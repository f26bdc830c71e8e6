using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Tests.Criteria;

public sealed class SettingsAndStatementsTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    [Fact]
    public async Task A_coordinator_rewords_a_question_adds_the_fourth_and_opts_out_of_sharing()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator2);
        var url = $"/territories/{DemoData.Territory2Slug}/workspace/settings";

        using var saved = await PageForm.PostAsync(client, url,
        [
            new("Cycle", "2"), new("Phase", "CoEvaluate"), new("AsksFutureGenerations", "true"),
            new("Wordings[0].Question", "Q1"), new("Wordings[0].Language", "it"), new("Wordings[0].Text", "Che cos'è per te stare bene?"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var territory = await app.QueryAsync(db => db.Territories.Include(t => t.Questions).SingleAsync(t => t.Slug == DemoData.Territory2Slug));
        Assert.Equal((2, true, false), (territory.Cycle, territory.AsksFutureGenerations, territory.SharesCriteriaWithNetwork));
        Assert.Equal("Che cos'è per te stare bene?", Assert.Single(territory.Questions).Text);
    }

    [Fact]
    public async Task A_facilitator_cannot_change_the_settings()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);

        using var response = await client.GetAsync($"/territories/{DemoData.Territory1Slug}/workspace/settings");

        Assert.Equal("/account/access-denied", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task A_group_statement_links_the_criteria_it_sums_up()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var group = await app.QueryAsync(db => db.Groups.Where(g => g.Territory!.Slug == DemoData.Territory1Slug)
            .Select(g => new { g.Id, Criteria = g.Criteria.Where(c => c.Question == Question.Q2).OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToList() }).FirstAsync());
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{group.Id}/statements";

        using var added = await PageForm.PostAsync(client, url,
            [new("question", "Q2"), new("text", "Le manque d'argent pèse sur tout"), new("criterionIds", group.Criteria[0].ToString()), new("criterionIds", group.Criteria[1].ToString())],
            action: url + "?handler=Add");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var statement = await app.QueryAsync(db => db.GroupStatements.Include(s => s.Criteria).SingleAsync(s => s.GroupId == group.Id));
        Assert.Equal(Question.Q2, statement.Question);
        Assert.Equal(group.Criteria, statement.Criteria.Select(c => c.Id).Order());
    }

    [Theory]
    [InlineData("7")]
    [InlineData("Q9")]
    public async Task A_statement_for_a_question_that_does_not_exist_is_refused(string question)
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await app.QueryAsync(db => db.Groups.Where(g => g.Territory!.Slug == DemoData.Territory1Slug).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync());
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/statements";
        var before = await app.QueryAsync(db => db.GroupStatements.CountAsync());

        using var response = await PageForm.PostAsync(client, url, [new("question", question), new("text", "Une phrase sans question")], action: url + "?handler=Add");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("error-summary", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.GroupStatements.CountAsync()));
    }

    [Fact]
    public async Task A_refused_statement_keeps_its_text_and_the_ticked_criteria()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var group = await NewGroupWithCriteriaAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{group.Id}/statements";
        var tooLong = "Vivre bien " + new string('x', GroupStatement.MaxTextLength);

        using var response = await PageForm.PostAsync(client, url, [new("question", "Q1"), new("text", tooLong), new("criterionIds", group.Q1.ToString())], action: url + "?handler=Add");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("error-summary", html, StringComparison.Ordinal);
        Assert.Contains(">" + tooLong + "</textarea>", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{group.Q1}\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{group.Q2}\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.GroupStatements.AnyAsync(s => s.GroupId == group.Id)));
    }

    [Fact]
    public async Task A_statement_refused_for_its_question_keeps_its_text_and_ticked_criteria()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var group = await NewGroupWithCriteriaAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{group.Id}/statements";

        using var response = await PageForm.PostAsync(client, url, [new("question", "Q9"), new("text", "Une phrase à garder"), new("criterionIds", group.Q2.ToString())], action: url + "?handler=Add");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(">Une phrase à garder</textarea>", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{group.Q2}\" checked", html, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.GroupStatements.AnyAsync(s => s.GroupId == group.Id)));
    }

    [Fact]
    public async Task A_statement_links_only_criteria_of_its_own_question()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var group = await NewGroupWithCriteriaAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{group.Id}/statements";

        using var added = await PageForm.PostAsync(client, url,
            [new("question", "Q1"), new("text", "Vivre bien ensemble"), new("criterionIds", group.Q1.ToString()), new("criterionIds", group.Q2.ToString())],
            action: url + "?handler=Add");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var statement = await app.QueryAsync(db => db.GroupStatements.Include(s => s.Criteria).SingleAsync(s => s.GroupId == group.Id && s.Text == "Vivre bien ensemble"));
        Assert.Equal([group.Q1], statement.Criteria.Select(c => c.Id));
    }

    [Fact]
    public async Task The_page_lists_the_criteria_each_statement_sums_up()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var group = await NewGroupWithCriteriaAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{group.Id}/statements";
        using var added = await PageForm.PostAsync(client, url, [new("question", "Q1"), new("text", "Un toit pour tous"), new("criterionIds", group.Q1.ToString())], action: url + "?handler=Add");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(url));

        Assert.Matches("<ul class=\"statement-criteria\" aria-label=\"[^\"]+\">\\s*<li lang=\"fr\">Un logement chaud</li>\\s*</ul>", html);
    }

    [Fact]
    public async Task A_statement_is_edited_its_text_and_criteria_like_a_new_one()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var group = await NewGroupWithCriteriaAsync();
        var second = await app.QueryAsync(async db =>
        {
            var criterion = new Criterion { TerritoryId = await db.Groups.Where(g => g.Id == group.Id).Select(g => g.TerritoryId).SingleAsync(), GroupId = group.Id, Question = Question.Q1, Language = "fr", Text = "Une maison à soi" };
            db.Criteria.Add(criterion);
            await db.SaveChangesAsync();
            return criterion.Id;
        });
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{group.Id}/statements";
        using var added = await PageForm.PostAsync(client, url, [new("question", "Q1"), new("text", "Un toit"), new("criterionIds", group.Q1.ToString())], action: url + "?handler=Add");
        var statementId = await app.QueryAsync(db => db.GroupStatements.Where(s => s.GroupId == group.Id).Select(s => s.Id).SingleAsync());

        using var edited = await PageForm.PostAsync(client, url,
            [new("statementId", statementId.ToString()), new("text", "  Un toit à soi  "), new("criterionIds", second.ToString()), new("criterionIds", group.Q2.ToString())],
            action: url + "?handler=Edit");

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var statement = await app.QueryAsync(db => db.GroupStatements.Include(s => s.Criteria).SingleAsync(s => s.Id == statementId));
        Assert.Equal("Un toit à soi", statement.Text);
        Assert.Equal([second], statement.Criteria.Select(c => c.Id));
    }

    [Fact]
    public async Task A_refused_edit_changes_nothing_and_keeps_what_was_typed_and_ticked()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var group = await NewGroupWithCriteriaAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{group.Id}/statements";
        using var added = await PageForm.PostAsync(client, url, [new("question", "Q1"), new("text", "Un toit")], action: url + "?handler=Add");
        var statementId = await app.QueryAsync(db => db.GroupStatements.Where(s => s.GroupId == group.Id).Select(s => s.Id).SingleAsync());
        var tooLong = "Un toit " + new string('y', GroupStatement.MaxTextLength);

        using var response = await PageForm.PostAsync(client, url,
            [new("statementId", statementId.ToString()), new("text", tooLong), new("criterionIds", group.Q1.ToString())], action: url + "?handler=Edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("error-summary", html, StringComparison.Ordinal);
        Assert.Contains("<details open=\"open\">", html, StringComparison.Ordinal);
        Assert.Contains(">" + tooLong + "</textarea>", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{group.Q1}\" checked=\"checked\"", html, StringComparison.Ordinal);
        var statement = await app.QueryAsync(db => db.GroupStatements.Include(s => s.Criteria).SingleAsync(s => s.Id == statementId));
        Assert.Equal(("Un toit", 0), (statement.Text, statement.Criteria.Count));
    }

    [Fact]
    public async Task A_statement_of_another_group_cannot_be_edited_through_this_one()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var group = await NewGroupWithCriteriaAsync();
        var other = await NewGroupWithCriteriaAsync();
        var otherUrl = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{other.Id}/statements";
        using var added = await PageForm.PostAsync(client, otherUrl, [new("question", "Q1"), new("text", "Un toit")], action: otherUrl + "?handler=Add");
        var statementId = await app.QueryAsync(db => db.GroupStatements.Where(s => s.GroupId == other.Id).Select(s => s.Id).SingleAsync());
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{group.Id}/statements";

        using var response = await PageForm.PostAsync(client, url, [new("statementId", statementId.ToString()), new("text", "Repris")], action: url + "?handler=Edit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Un toit", await app.QueryAsync(db => db.GroupStatements.Where(s => s.Id == statementId).Select(s => s.Text).SingleAsync()));
    }

    /// <summary>A new group of the first territory with one criterion for Q1 and one for Q2.</summary>
    private Task<(int Id, long Q1, long Q2)> NewGroupWithCriteriaAsync() =>
        app.QueryAsync(async db =>
        {
            var territory = await db.Territories.SingleAsync(t => t.Slug == DemoData.Territory1Slug);
            var newGroup = new OpenSpiral.Web.Features.Groups.HomogeneousGroup { TerritoryId = territory.Id, Name = $"Statements {Guid.NewGuid():N}", Language = "fr", ParticipantCount = 8 };
            newGroup.Criteria.Add(new Criterion { TerritoryId = territory.Id, Question = Question.Q1, Language = "fr", Text = "Un logement chaud" });
            newGroup.Criteria.Add(new Criterion { TerritoryId = territory.Id, Question = Question.Q2, Language = "fr", Text = "Le loyer trop cher" });
            db.Groups.Add(newGroup);
            await db.SaveChangesAsync();
            return (newGroup.Id, newGroup.Criteria[0].Id, newGroup.Criteria[1].Id);
        });
}
