using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Tests.Criteria;

/// <summary>
/// Every edit of several criteria at once has the paste's limit (<see cref="BulkEdit.MaxLines"/>):
/// the limit is accepted, one more is refused with a message naming it and nothing is stored.
/// </summary>
public sealed class BulkEditLimitTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    private const string TooManyLines = "Au plus 500 critères à la fois\u202F; utilisez l'import pour davantage.";
    private const string TooManySelected = "Au plus 500 critères à la fois\u00A0: sélectionnez-en moins.";

    [Fact]
    public void The_limit_is_500_lines()
    {
        Assert.Equal(500, BulkEdit.MaxLines);
    }

    [Fact]
    public async Task A_paste_of_500_lines_is_added_and_one_of_501_is_refused_whole()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var (accepted, refused) = (await NewGroupAsync(), await NewGroupAsync());

        using var ok = await AddAsync(client, accepted, Lines(BulkEdit.MaxLines));
        using var tooMany = await AddAsync(client, refused, Lines(BulkEdit.MaxLines + 1));

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(BulkEdit.MaxLines, await CountAsync(accepted));
        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        var html = WebUtility.HtmlDecode(await tooMany.Content.ReadAsStringAsync());
        Assert.Contains(TooManyLines, html, StringComparison.Ordinal);
        Assert.Contains("Idée 501</textarea>", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(refused));
    }

    [Fact]
    public async Task A_split_into_500_parts_is_done_and_one_into_501_is_refused()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var (accepted, refused) = (await NewGroupAsync(), await NewGroupAsync());
        var (first, second) = (await OneCriterionAsync(client, accepted), await OneCriterionAsync(client, refused));

        using var ok = await SplitAsync(client, first, Lines(BulkEdit.MaxLines));
        using var tooMany = await SplitAsync(client, second, Lines(BulkEdit.MaxLines + 1));

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(BulkEdit.MaxLines, await CountAsync(accepted));
        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        Assert.Contains(TooManyLines, WebUtility.HtmlDecode(await tooMany.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(["Une seule idée"], await app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == refused).Select(c => c.Text).ToListAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.CriterionRevisions.CountAsync(r => r.CriterionId == second && r.Kind == RevisionKind.Split)));
    }

    [Fact]
    public async Task Deleting_500_selected_criteria_works_and_501_are_refused()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        using var _ = await AddAsync(client, groupId, Lines(BulkEdit.MaxLines));
        var ids = await app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId).Select(c => c.Id).ToListAsync());
        var url = GroupUrl(groupId);

        using var tooMany = await PageForm.PostAsync(client, url, Selection(ids.Append(ids.Max() + 1), ("question", "Q1"), ("action", "delete")), action: url + "?handler=Bulk&culture=fr");
        var untouched = await CountAsync(groupId);
        using var ok = await PageForm.PostAsync(client, url, Selection(ids, ("question", "Q1"), ("action", "delete")), action: url + "?handler=Bulk");

        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        Assert.Contains(TooManySelected, WebUtility.HtmlDecode(await tooMany.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(BulkEdit.MaxLines, untouched);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(0, await CountAsync(groupId));
    }

    [Fact]
    public async Task Classifying_more_than_500_criteria_at_once_is_refused()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var groupId = await NewGroupAsync();
        using var first = await AddAsync(client, groupId, Lines(BulkEdit.MaxLines));
        using var second = await AddAsync(client, groupId, "Idée 501");
        var ids = await app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId).Select(c => c.Id).ToListAsync());
        Assert.Equal(BulkEdit.MaxLines + 1, ids.Count);
        var board = $"/territories/{DemoData.Territory1Slug}/workspace/classify?groupId={groupId}";

        using var response = await PageForm.PostAsync(client, board, Selection(ids, ("BulkCode", "A01")), action: board + "&culture=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(TooManySelected, html, StringComparison.Ordinal);
        Assert.Contains($"name=\"Codes[{ids.Min()}]\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Plus rien à classer ici.", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Criteria.CountAsync(c => c.GroupId == groupId && c.ComponentId != null)));
    }

    [Fact]
    public async Task Approving_more_than_500_kiosk_entries_at_once_is_refused_on_the_page_and_in_the_api()
    {
        using var page = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        using var api = await app.CreateBearerClientAsync(DemoData.Facilitator1);
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var pending = $"/territories/{DemoData.Territory1Slug}/workspace/kiosks/pending";
        var before = await PendingCountAsync(territoryId);
        var ids = Enumerable.Range(1, BulkEdit.MaxLines + 1).Select(i => (long)i).ToList();

        using var onPage = await PageForm.PostAsync(page, pending, Selection(ids), action: pending + "?handler=ApproveSelected&culture=fr");
        using var inApi = await api.PostAsJsonAsync($"/api/v1/territories/{territoryId}/kiosk/pending/approve", new { ids });
        using var atTheLimit = await api.PostAsJsonAsync($"/api/v1/territories/{territoryId}/kiosk/pending/reject", new { ids = ids.Take(BulkEdit.MaxLines).Select(i => -i) });

        Assert.Equal(HttpStatusCode.OK, onPage.StatusCode);
        Assert.Contains(TooManySelected, WebUtility.HtmlDecode(await onPage.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await Problems.AssertValidationProblemAsync(inApi, "ids");
        Assert.Equal(HttpStatusCode.OK, atTheLimit.StatusCode);
        Assert.Equal(0, (await atTheLimit.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("decided").GetInt32());
        Assert.Equal(before, await PendingCountAsync(territoryId));
    }

    [Fact]
    public async Task A_statement_linked_to_more_than_500_criteria_is_refused()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/statements";
        var ids = Enumerable.Range(1, BulkEdit.MaxLines + 1).Select(i => (long)i);

        using var response = await PageForm.PostAsync(client, url, Selection(ids, ("question", "Q1"), ("text", "Le quartier est vivant")).Select(f => f.Key == "ids" ? new KeyValuePair<string, string>("criterionIds", f.Value) : f), action: url + "?handler=Add&culture=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(TooManySelected, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.GroupStatements.CountAsync(s => s.GroupId == groupId)));
    }

    [Fact]
    public async Task A_paste_over_the_form_value_limit_comes_back_on_the_page_with_the_line_limit_and_its_text()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        // Five megabytes: over the framework's 4 MB per form value, under the page's 8 MB.
        var lines = string.Join('\n', Enumerable.Range(1, 5_000).Select(i => $"Idée {i} " + new string('x', 990)));

        using var response = await AddAsync(client, groupId, lines);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(TooManyLines, html, StringComparison.Ordinal);
        Assert.Contains("Idée 5000 " + new string('x', 990) + "</textarea>", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(groupId));
    }

    [Fact]
    public async Task A_paste_over_the_request_size_limit_returns_to_the_page_with_a_message_in_the_users_language()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        var lines = new string('x', BulkEdit.MaxFormBytes + 1);

        using var response = await AddAsync(client, groupId, lines);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(GroupUrl(groupId) + "?culture=fr", response.Headers.Location?.OriginalString);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
        Assert.Contains("<div class=\"error-summary\" role=\"alert\">Ce que vous avez envoyé dépasse 8 Mo\u00A0: rien n'a été enregistré. Envoyez au plus 500 lignes à la fois\u202F; l'import en accepte davantage.</div>", page, StringComparison.Ordinal);
        Assert.Contains("<textarea id=\"lines-Q1\"", page, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(groupId));
    }

    private static string Lines(int count) => string.Join('\n', Enumerable.Range(1, count).Select(i => $"Idée {i}"));

    private static IEnumerable<KeyValuePair<string, string>> Selection(IEnumerable<long> ids, params (string Key, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Concat(ids.Select(id => new KeyValuePair<string, string>(fields.Any(f => f.Key == "BulkCode") ? "Selected" : "ids", id.ToString(CultureInfo.InvariantCulture))));

    private static IEnumerable<KeyValuePair<string, string>> Selection(IEnumerable<long> ids) =>
        ids.Select(id => new KeyValuePair<string, string>("Selected", id.ToString(CultureInfo.InvariantCulture)));

    private static string GroupUrl(int groupId) => $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria";

    private static Task<HttpResponseMessage> AddAsync(HttpClient client, int groupId, string lines) =>
        PageForm.PostAsync(client, GroupUrl(groupId), [new("question", "Q1"), new("lines", lines)], action: GroupUrl(groupId) + "?handler=Add&culture=fr");

    private async Task<long> OneCriterionAsync(HttpClient client, int groupId)
    {
        using var _ = await AddAsync(client, groupId, "Une seule idée");
        return await app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId).Select(c => c.Id).SingleAsync());
    }

    private static Task<HttpResponseMessage> SplitAsync(HttpClient client, long criterionId, string parts)
    {
        var edit = $"/territories/{DemoData.Territory1Slug}/workspace/criteria/{criterionId}/edit";
        return PageForm.PostAsync(client, edit, [new("parts", parts)], action: edit + "?handler=Split&culture=fr");
    }

    private Task<int> CountAsync(int groupId) => app.QueryAsync(db => db.Criteria.CountAsync(c => c.GroupId == groupId));

    private Task<int> PendingCountAsync(int territoryId) =>
        app.QueryAsync(db => db.Criteria.CountAsync(c => c.TerritoryId == territoryId && c.Status == CriterionStatus.Pending));

    private Task<int> NewGroupAsync() =>
        app.QueryAsync(async db =>
        {
            var territory = await db.Territories.SingleAsync(t => t.Slug == DemoData.Territory1Slug);
            var group = new HomogeneousGroup { TerritoryId = territory.Id, Name = $"Limits {Guid.NewGuid():N}", Language = "fr", ParticipantCount = 8 };
            db.Groups.Add(group);
            await db.SaveChangesAsync();
            return group.Id;
        });
}
