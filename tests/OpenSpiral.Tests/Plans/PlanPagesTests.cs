using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Plans;

namespace OpenSpiral.Tests.Plans;

[Collection(ApplicationCollection.Name)]
public sealed class PlanPagesTests(OpenSpiralApplication app)
{
    private const string Plans = "/territories/mulhouse/workspace/plans";

    [Fact]
    public async Task A_coordinator_creates_a_plan_adds_a_commitment_and_follows_it_up_on_the_pages()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await PlanData.AddActionAsync(app, territoryId, "Jardins partagés des pages");

        using var created = await PageForm.PostAsync(client, $"{Plans}/new", [
            new("Title", "Plan des pages"), new("Summary", "Pourquoi"), new("Status", "Adopted"), new("ActionIds", $"{actionId}"),
            new("Components", "A03"), new("Signatories[0].Organisation", "Ville de Mulhouse"), new("Signatories[0].SignsAs", "Maire")]);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planId = await app.QueryAsync(db => db.Plans.Where(p => p.Title == "Plan des pages").Select(p => p.Id).SingleAsync());
        Assert.Equal($"{Plans}/{planId}", created.Headers.Location?.OriginalString);
        var plan = await app.QueryAsync(db => db.Plans.AsNoTracking().Include(p => p.Actions).Include(p => p.Priorities).Include(p => p.Signatories).SingleAsync(p => p.Id == planId));
        Assert.Equal((PlanStatus.Adopted, DateOnly.FromDateTime(DateTime.UtcNow), actionId), (plan.Status, plan.AdoptedOn!.Value, plan.Actions.Single().ActionId));
        Assert.Equal(("Ville de Mulhouse", "Maire"), (plan.Signatories.Single().Organisation, plan.Signatories.Single().SignsAs));
        Assert.NotNull(plan.Priorities.Single().ComponentId);

        using var added = await PageForm.PostAsync(client, $"{Plans}/{planId}", [
            new("ActionId", $"{actionId}"), new("Stakeholder", "Bailleur <b>social</b>"), new("Description", "Rénover"), new("DueDate", "2001-02-03")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var commitmentId = await app.QueryAsync(db => db.Commitments.Where(c => c.PlanId == planId).Select(c => c.Id).SingleAsync());
        var page = await client.GetStringAsync($"{Plans}/{planId}");
        Assert.Contains("Bailleur &lt;b&gt;social&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("<span aria-hidden=\"true\">⚠</span> Late</span>", page, StringComparison.Ordinal);

        var commitmentPage = $"/territories/mulhouse/workspace/commitments/{commitmentId}";
        using var kept = await PageForm.PostAsync(client, commitmentPage, [new("Status", "Kept"), new("Note", "Fait en janvier"), new("EvidenceUrl", "https://example.org/pv"), new("Version", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var after = await client.GetStringAsync(commitmentPage);
        Assert.Contains("Fait en janvier", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Late: open past its due date", after, StringComparison.Ordinal);
        Assert.Equal(CommitmentStatus.Kept, await app.QueryAsync(db => db.Commitments.Where(c => c.Id == commitmentId).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task Field_errors_show_in_the_users_language_and_keep_what_was_typed()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var planId = await app.QueryAsync(db => db.Plans.Where(p => p.Title == "Contrat social multipartite des Coteaux").Select(p => p.Id).FirstAsync());
        var commitmentId = await app.QueryAsync(db => db.Commitments.Where(c => c.PlanId == planId).Select(c => c.Id).FirstAsync());

        using var response = await PageForm.PostAsync(client, $"/territories/mulhouse/workspace/commitments/{commitmentId}?culture=fr",
            [new("Status", "Kept"), new("Note", "Une note gardée"), new("EvidenceUrl", "javascript:alert(1)"), new("Version", "1")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Donnez la preuve sous forme de lien commençant par http:// ou https:// (2000 caractères au plus).", html, StringComparison.Ordinal);
        Assert.Contains("Une note gardée", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_of_the_demo_plan_exports_its_exact_figures_as_csv()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var planId = await app.QueryAsync(db => db.Plans.Where(p => p.Title == "Contrat social multipartite des Coteaux").Select(p => p.Id).FirstAsync());

        var dashboard = await client.GetStringAsync($"{Plans}/{planId}/dashboard");
        using var csv = await client.GetAsync($"{Plans}/{planId}/dashboard/export?format=csv");
        using var xlsx = await client.GetAsync($"{Plans}/{planId}/dashboard/export?format=xlsx");
        using var unknown = await client.GetAsync($"{Plans}/{planId}/dashboard/export?format=pdf");

        Assert.Contains("Late commitments by stakeholder", dashboard, StringComparison.Ordinal);
        Assert.Contains("Office public de l&#x27;habitat", dashboard, StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Status,Commitments,Share", "Kept,2,33.3", "Late,2,33.3", "Broken,1,16.7", "Open on time,1,16.7"], lines);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_contract_prints_priorities_commitments_and_signature_boxes()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var planId = await app.QueryAsync(db => db.Plans.Where(p => p.Title == "Contrat social multipartite des Coteaux").Select(p => p.Id).FirstAsync());

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"{Plans}/{planId}/contract?culture=fr"));

        Assert.Contains("<h1>Contrat multipartite\u00A0: Contrat social multipartite des Coteaux</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Proposer dix logements rénovés à loyer modéré", html, StringComparison.Ordinal);
        Assert.Contains("Adjointe au maire chargée de la cohésion sociale", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("Date et signature").Length - 1);
    }

    [Fact]
    public async Task Deleting_a_plan_asks_first_and_keeps_its_commitments_on_their_actions()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await PlanData.AddActionAsync(app, territoryId);
        var planId = await PlanData.AddPlanAsync(app, territoryId, [actionId]);
        var commitmentId = await PlanData.AddCommitmentAsync(app, territoryId, actionId, planId, null, CommitmentStatus.Open);

        var question = await client.GetStringAsync($"{Plans}/{planId}/delete");
        using var deleted = await PageForm.PostAsync(client, $"{Plans}/{planId}/delete", []);

        Assert.Contains("Yes, delete the plan", question, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Plans.AnyAsync(p => p.Id == planId)));
        Assert.Null(await app.QueryAsync(db => db.Commitments.Where(c => c.Id == commitmentId).Select(c => c.PlanId).SingleAsync()));
    }

    [Fact]
    public async Task The_review_page_asks_for_confirmation_before_moving_the_territory_on()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await PlanData.AddActionAsync(app, territoryId);
        var planId = await PlanData.AddPlanAsync(app, territoryId, [actionId]);
        var cycle = await app.QueryAsync(db => db.Territories.Where(t => t.Id == territoryId).Select(t => t.Cycle).SingleAsync());

        using var unconfirmed = await PageForm.PostAsync(client, $"{Plans}/{planId}/review", [
            new("Decisions[0].ActionId", $"{actionId}"), new("Decisions[0].Decision", "Continue"), new("Version", "1")]);

        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains($"Tick the box to confirm that the review closes cycle {cycle}.", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Adopted, await app.QueryAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync()));
    }
}
