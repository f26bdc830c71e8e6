using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Tests.Kiosk;

[Collection(ApplicationCollection.Name)]
public sealed class KioskApprovalTests(OpenSpiralApplication app)
{
    private const string PendingUrl = $"/territories/{DemoData.Territory1Slug}/workspace/kiosks/pending";

    [Fact]
    public async Task A_facilitator_corrects_an_entry_then_approves_it_and_the_history_says_so()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        var (id, other) = await KioskData.PendingAsync(app, kiosk.GroupId, "Des pistes cyclabes partout", "Un marché le dimanche") switch { var ids => (ids[0], ids[1]) };
        using var facilitator = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var page = await facilitator.GetStringAsync(PendingUrl);
        Assert.Contains("Des pistes cyclabes partout", page, StringComparison.Ordinal);

        using var response = await PageForm.PostAsync(facilitator, PendingUrl,
            [new($"Texts[{id}]", "Des pistes cyclables partout"), new($"Texts[{other}]", "Un marché le dimanche"), new("id", id.ToString())],
            action: PendingUrl + "?handler=Approve");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var criteria = await KioskData.CriteriaOfAsync(app, kiosk.GroupId);
        Assert.Equal((CriterionStatus.Approved, "Des pistes cyclables partout"), (criteria[0].Status, criteria[0].Text));
        Assert.Equal(CriterionStatus.Pending, criteria[1].Status);
        var userId = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoData.Facilitator1).Select(u => u.Id).SingleAsync());
        var revisions = await app.QueryAsync(db => db.CriterionRevisions.Where(r => r.CriterionId == id).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal([RevisionKind.Edited, RevisionKind.Approved], revisions.Select(r => r.Kind));
        Assert.Equal(("Des pistes cyclabes partout", "Des pistes cyclables partout"), (revisions[0].TextBefore, revisions[0].TextAfter));
        Assert.Single(revisions.Select(r => r.BatchId).Distinct());
        Assert.All(revisions, r => Assert.Equal(userId, r.UserId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Approving_an_entry_whose_text_was_emptied_is_refused_and_the_entry_stays_waiting_unchanged(string emptied)
    {
        var kiosk = await KioskData.CampaignAsync(app);
        var (id, other) = await KioskData.PendingAsync(app, kiosk.GroupId, "Des pistes cyclables partout", "Un marché le dimanche") switch { var ids => (ids[0], ids[1]) };
        using var facilitator = await app.CreateCookieClientAsync(DemoData.Facilitator1);

        using var response = await PageForm.PostAsync(facilitator, $"{PendingUrl}?culture=fr",
            [new($"Texts[{id}]", emptied), new($"Texts[{other}]", "Un marché le dimanche"), new("id", id.ToString())],
            action: $"{PendingUrl}?handler=Approve&culture=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<span class=\"field-error\" id=\"text-{id}-error\">Une réponse approuvée doit avoir un texte\u00A0: réécrivez-le, ou rejetez la réponse.</span>", html, StringComparison.Ordinal);
        Assert.Matches($"<textarea id=\"text-{id}\"[^>]* aria-invalid=\"true\" aria-describedby=\"text-{id}-error\">{emptied}</textarea>", html);
        await AssertStillWaitingAsync(kiosk.GroupId, ("Des pistes cyclables partout", "Un marché le dimanche"));
    }

    [Fact]
    public async Task Approving_the_selected_entries_is_refused_when_one_of_their_texts_was_emptied()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        var ids = await KioskData.PendingAsync(app, kiosk.GroupId, "Des bancs au soleil", "Plus de bus le soir");
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        using var response = await PageForm.PostAsync(coordinator, PendingUrl,
            [new("Selected", ids[0].ToString()), new("Selected", ids[1].ToString()), new($"Texts[{ids[0]}]", "Des bancs au soleil"), new($"Texts[{ids[1]}]", "")],
            action: PendingUrl + "?handler=ApproveSelected");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<span class=\"field-error\" id=\"text-{ids[1]}-error\">An approved entry needs a text: write it again, or reject the entry.</span>", html, StringComparison.Ordinal);
        Assert.Matches($"<input type=\"checkbox\" name=\"Selected\" value=\"{ids[0]}\" checked=\"checked\">", html);
        await AssertStillWaitingAsync(kiosk.GroupId, ("Des bancs au soleil", "Plus de bus le soir"));
    }

    [Fact]
    public async Task Ticked_entries_are_approved_or_rejected_together_in_one_batch()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        var ids = await KioskData.PendingAsync(app, kiosk.GroupId, "Des fêtes de quartier", "Plus de bus le soir", "test test", "Un médecin près de chez moi");
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        using var approved = await PageForm.PostAsync(coordinator, PendingUrl, [new("Selected", ids[0].ToString()), new("Selected", ids[1].ToString()), new("Selected", ids[3].ToString())],
            action: PendingUrl + "?handler=ApproveSelected");
        using var rejected = await PageForm.PostAsync(coordinator, PendingUrl, [new("Selected", ids[2].ToString())], action: PendingUrl + "?handler=RejectSelected");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (approved.StatusCode, rejected.StatusCode));
        var statuses = (await KioskData.CriteriaOfAsync(app, kiosk.GroupId)).Select(c => c.Status);
        Assert.Equal([CriterionStatus.Approved, CriterionStatus.Approved, CriterionStatus.Rejected, CriterionStatus.Approved], statuses);
        var batches = await app.QueryAsync(db => db.CriterionRevisions.Where(r => ids.Contains(r.CriterionId)).Select(r => new { r.Kind, r.BatchId }).ToListAsync());
        Assert.Equal(3, batches.Count(b => b.Kind == RevisionKind.Approved));
        Assert.Single(batches.Where(b => b.Kind == RevisionKind.Approved).Select(b => b.BatchId).Distinct());
        Assert.Single(batches, b => b.Kind == RevisionKind.Rejected);
    }

    [Fact]
    public async Task Deciding_with_nothing_ticked_says_what_to_do_and_changes_nothing()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        await KioskData.PendingAsync(app, kiosk.GroupId, "Des toilettes publiques");
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        using var response = await PageForm.PostAsync(coordinator, $"{PendingUrl}?culture=fr", [], action: $"{PendingUrl}?handler=ApproveSelected&culture=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cochez d'abord au moins une réponse.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(CriterionStatus.Pending, Assert.Single(await KioskData.CriteriaOfAsync(app, kiosk.GroupId)).Status);
    }

    [Fact]
    public async Task The_queue_counts_the_entries_waiting_and_the_api_lists_them()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        var ids = await KioskData.PendingAsync(app, kiosk.GroupId, "Des bancs au soleil");
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var facilitator = await app.CreateBearerClientAsync(DemoData.Facilitator1);
        using var pages = await app.CreateCookieClientAsync(DemoData.Facilitator1);

        var total = await app.QueryAsync(db => db.Criteria.CountAsync(c => c.TerritoryId == territoryId && c.Status == CriterionStatus.Pending));
        var html = WebUtility.HtmlDecode(await pages.GetStringAsync($"{PendingUrl}?culture=en"));
        var list = await facilitator.GetFromJsonAsync<JsonElement>($"/api/v1/territories/{territoryId}/kiosk/pending?pageSize=200");

        Assert.Contains($"{total} entries wait for approval", html, StringComparison.Ordinal);
        Assert.Equal(total, list.GetProperty("total").GetInt32());
        Assert.Contains(list.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetInt64() == ids[0] && e.GetProperty("text").GetString() == "Des bancs au soleil" && e.GetProperty("question").GetString() == "Q1");
    }

    [Fact]
    public async Task The_api_approves_entries_of_its_own_territory_only()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        var ids = await KioskData.PendingAsync(app, kiosk.GroupId, "Une piscine ouverte l'été", "Des cours de français gratuits");
        var territory1 = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var territory2 = await app.GetTerritoryIdAsync(DemoData.Territory2Slug);
        using var otherCoordinator = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        using var facilitator = await app.CreateBearerClientAsync(DemoData.Facilitator1);

        using var forbidden = await otherCoordinator.PostAsJsonAsync($"/api/v1/territories/{territory1}/kiosk/pending/approve", new { ids });
        using var throughOwnTerritory = await otherCoordinator.PostAsJsonAsync($"/api/v1/territories/{territory2}/kiosk/pending/approve", new { ids });

        await Problems.AssertProblemAsync(forbidden, HttpStatusCode.Forbidden);
        Assert.Equal(0, (await throughOwnTerritory.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decided").GetInt32());
        Assert.All(await KioskData.CriteriaOfAsync(app, kiosk.GroupId), c => Assert.Equal(CriterionStatus.Pending, c.Status));

        using var approved = await facilitator.PostAsJsonAsync($"/api/v1/territories/{territory1}/kiosk/pending/approve", new { ids = new[] { ids[0] } });
        using var rejected = await facilitator.PostAsJsonAsync($"/api/v1/territories/{territory1}/kiosk/pending/reject", new { ids = new[] { ids[1] } });

        Assert.Equal(1, (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decided").GetInt32());
        Assert.Equal(1, (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decided").GetInt32());
        Assert.Equal([CriterionStatus.Approved, CriterionStatus.Rejected], (await KioskData.CriteriaOfAsync(app, kiosk.GroupId)).Select(c => c.Status));
    }

    [Fact]
    public async Task Another_territory_coordinator_cannot_open_or_post_to_the_queue()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        var ids = await KioskData.PendingAsync(app, kiosk.GroupId, "Un parc pour les chiens");
        using var otherCoordinator = await app.CreateCookieClientAsync(DemoData.Coordinator2);
        using var own = await app.CreateCookieClientAsync(DemoData.Coordinator2);

        using var page = await otherCoordinator.GetAsync(PendingUrl);
        using var post = await PageForm.PostAsync(own, $"/territories/{DemoData.Territory2Slug}/workspace/kiosks/pending", [new("id", ids[0].ToString())],
            action: $"/territories/{DemoData.Territory2Slug}/workspace/kiosks/pending?handler=Approve");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/access-denied", new Uri(otherCoordinator.BaseAddress!, page.Headers.Location!).AbsolutePath);
        Assert.Equal(CriterionStatus.Pending, Assert.Single(await KioskData.CriteriaOfAsync(app, kiosk.GroupId)).Status);
    }

    private async Task AssertStillWaitingAsync(int groupId, (string First, string Second) texts)
    {
        var criteria = await KioskData.CriteriaOfAsync(app, groupId);
        Assert.Equal([(CriterionStatus.Pending, texts.First), (CriterionStatus.Pending, texts.Second)], criteria.Select(c => (c.Status, c.Text)));
        var ids = criteria.Select(c => c.Id).ToList();
        Assert.Equal(0, await app.QueryAsync(db => db.CriterionRevisions.CountAsync(r => ids.Contains(r.CriterionId))));
    }
}
