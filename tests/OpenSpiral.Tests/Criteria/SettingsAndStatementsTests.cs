using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Pages;
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
}
