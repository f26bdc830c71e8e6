using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Tests.Criteria;

/// <summary>The group session page and the classification board, as a facilitator uses them.</summary>
public sealed class CriteriaPagesTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    [Fact]
    public async Task Pasting_a_list_adds_one_criterion_per_line_and_undo_takes_them_back()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria";

        using var added = await PageForm.PostAsync(client, url, [new("question", "Q1"), new("lines", "Avoir un jardin\r\n\r\n  Des voisins qui disent bonjour  \nUn bus le dimanche")], action: url + "?handler=Add");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(["Avoir un jardin", "Des voisins qui disent bonjour", "Un bus le dimanche"], await TextsAsync(groupId));

        using var undone = await PageForm.PostAsync(client, url, [], action: url + "?handler=Undo");

        Assert.Empty(await TextsAsync(groupId));
    }

    [Fact]
    public async Task Adding_deleting_and_undoing_one_criterion_is_said_in_the_singular_in_french()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria";

        using var added = await PageForm.PostAsync(client, url, [new("question", "Q1"), new("lines", "Un banc sous le tilleul")], action: url + "?handler=Add&culture=fr");
        var afterAdd = await FlashAsync(client, url + "?culture=fr");
        var id = await app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId).Select(c => c.Id).SingleAsync());
        using var deleted = await PageForm.PostAsync(client, url, [new("question", "Q1"), new("action", "delete"), new("ids", id.ToString(System.Globalization.CultureInfo.InvariantCulture))], action: url + "?handler=Bulk&culture=fr");
        var afterDelete = await FlashAsync(client, url + "?culture=fr");
        using var undone = await PageForm.PostAsync(client, url, [], action: url + "?handler=Undo&culture=fr");
        var afterUndo = await FlashAsync(client, url + "?culture=fr");

        Assert.Equal("Un critère ajouté.", afterAdd);
        Assert.Equal("Un critère supprimé. Utilisez «\u00A0Annuler ma dernière modification\u00A0» pour le récupérer.", afterDelete);
        Assert.Equal("Votre dernière modification est annulée (un critère).", afterUndo);
        Assert.Equal(["Un banc sous le tilleul"], await TextsAsync(groupId));
    }

    [Fact]
    public async Task Too_long_a_line_is_refused_and_what_was_typed_stays_in_the_box()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria";
        var lines = "Une idée courte\n" + new string('x', Criterion.MaxTextLength + 1);

        using var response = await PageForm.PostAsync(client, url + "?culture=fr", [new("question", "Q2"), new("lines", lines)], action: url + "?handler=Add&culture=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Un critère peut avoir au plus", html, StringComparison.Ordinal);
        Assert.Contains("Une idée courte", html, StringComparison.Ordinal);
        Assert.Empty(await TextsAsync(groupId));
    }

    [Theory]
    [InlineData("7")]
    [InlineData("Q9")]
    public async Task Lines_typed_for_a_question_that_does_not_exist_are_refused_and_stay_on_the_page(string question)
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria";

        using var response = await PageForm.PostAsync(client, url + "?culture=fr", [new("question", question), new("lines", "Un banc sous le tilleul\nLa fête du quartier")], action: url + "?handler=Add&culture=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Choisissez l'une des questions du groupe.", html, StringComparison.Ordinal);
        Assert.Contains("Un banc sous le tilleul\nLa fête du quartier</textarea>", html, StringComparison.Ordinal);
        Assert.Empty(await TextsAsync(groupId));
    }

    [Fact]
    public async Task A_refused_split_keeps_the_lines_that_were_typed()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria";
        using var _ = await PageForm.PostAsync(client, url, [new("question", "Q1"), new("lines", "Un jardin et des voisins")], action: url + "?handler=Add");
        var id = await app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId).Select(c => c.Id).SingleAsync());
        var edit = $"/territories/{DemoData.Territory1Slug}/workspace/criteria/{id}/edit";

        using var response = await PageForm.PostAsync(client, edit, [new("parts", "Un jardin partagé")], action: edit + "?handler=Split");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("error-summary", html, StringComparison.Ordinal);
        Assert.Contains(">Un jardin partagé</textarea>", html, StringComparison.Ordinal);
        Assert.Equal(["Un jardin et des voisins"], await TextsAsync(groupId));
    }

    [Fact]
    public async Task Merging_splitting_and_deleting_keep_a_history_that_undo_reverts()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria";
        using var _ = await PageForm.PostAsync(client, url, [new("question", "Q3"), new("lines", "Je fais les courses de ma voisine et je l'accompagne\nJ'aide au club\nJe trie mes déchets")], action: url + "?handler=Add");
        var ids = await app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());

        using var split = await PageForm.PostAsync(client, $"/territories/{DemoData.Territory1Slug}/workspace/criteria/{ids[0]}/edit",
            [new("parts", "Je fais les courses de ma voisine\nJe l'accompagne chez le médecin")], action: $"/territories/{DemoData.Territory1Slug}/workspace/criteria/{ids[0]}/edit?handler=Split");
        Assert.Equal(4, (await TextsAsync(groupId)).Count);

        using var merged = await PageForm.PostAsync(client, url, [new("question", "Q3"), new("action", "merge"), new("ids", ids[1].ToString()), new("ids", ids[2].ToString())], action: url + "?handler=Bulk");
        Assert.Contains("J'aide au club – Je trie mes déchets", await TextsAsync(groupId));
        Assert.Equal(3, (await TextsAsync(groupId)).Count);

        using var undoMerge = await PageForm.PostAsync(client, url, [], action: url + "?handler=Undo");
        Assert.Equal(["Je fais les courses de ma voisine", "J'aide au club", "Je trie mes déchets", "Je l'accompagne chez le médecin"], await TextsAsync(groupId));

        using var deleted = await PageForm.PostAsync(client, url, [new("question", "Q3"), new("action", "delete"), new("ids", ids[2].ToString())], action: url + "?handler=Bulk");
        Assert.DoesNotContain("Je trie mes déchets", await TextsAsync(groupId));
        var revisions = await app.QueryAsync(db => db.CriterionRevisions.Where(r => r.CriterionId == ids[0]).Select(r => r.Kind).ToListAsync());
        Assert.Contains(RevisionKind.Split, revisions);
    }

    [Fact]
    public async Task Criteria_of_different_questions_are_not_merged()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria";
        using var q1 = await PageForm.PostAsync(client, url, [new("question", "Q1"), new("lines", "Un logement chaud")], action: url + "?handler=Add");
        using var q2 = await PageForm.PostAsync(client, url, [new("question", "Q2"), new("lines", "Le loyer trop cher")], action: url + "?handler=Add");
        var ids = await app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());

        using var merged = await PageForm.PostAsync(client, url, [new("question", "Q2"), new("action", "merge"), new("ids", ids[0].ToString()), new("ids", ids[1].ToString())], action: url + "?handler=Bulk");

        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Equal(["Un logement chaud", "Le loyer trop cher"], await TextsAsync(groupId));
    }

    [Fact]
    public async Task The_history_of_a_criterion_shows_each_component_it_was_given()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        using var api = await app.CreateBearerClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria";
        using var added = await PageForm.PostAsync(client, url, [new("question", "Q1"), new("lines", "Un logement chaud")], action: url + "?handler=Add");
        var id = await app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId).Select(c => c.Id).SingleAsync());
        using var first = await api.PutAsJsonAsync($"/api/v1/criteria/{id}/component", new { component = "A03" });
        using var second = await api.PutAsJsonAsync($"/api/v1/criteria/{id}/component", new { component = "B02" });

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/territories/{DemoData.Territory1Slug}/workspace/criteria/{id}/edit"));

        Assert.Contains("Classified: not classified → A03", html, StringComparison.Ordinal);
        Assert.Contains("Classified: A03 → B02", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_history_reads_in_the_reader_s_language_whatever_the_language_of_whoever_made_the_change()
    {
        using var english = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        using var french = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var groupId = await NewGroupAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria?culture=en";
        using var added = await PageForm.PostAsync(english, url, [new("question", "Q1"), new("lines", "Un logement chaud")], action: url + "&handler=Add");
        var id = await app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId).Select(c => c.Id).SingleAsync());
        var edit = $"/territories/{DemoData.Territory1Slug}/workspace/criteria/{id}/edit";
        using var edited = await PageForm.PostAsync(english, edit + "?culture=en", [new("text", "Un logement bien chaud")], action: edit + "?handler=Save&culture=en");

        var inEnglish = WebUtility.HtmlDecode(await english.GetStringAsync(edit + "?culture=en"));
        var inFrench = WebUtility.HtmlDecode(await french.GetStringAsync(edit + "?culture=fr"));

        Assert.Contains("Created", inEnglish, StringComparison.Ordinal);
        Assert.Contains("Edited: “Un logement chaud” → “Un logement bien chaud”", inEnglish, StringComparison.Ordinal);
        Assert.Contains("Créé</li>", inFrench, StringComparison.Ordinal);
        Assert.Contains("Modifié\u00A0: «\u00A0Un logement chaud\u00A0» → «\u00A0Un logement bien chaud\u00A0»", inFrench, StringComparison.Ordinal);
        Assert.DoesNotContain("Edited", inFrench, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_the_board_typed_codes_and_a_bulk_code_classify_criteria_in_one_undoable_change()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        var groupUrl = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria";
        using var _ = await PageForm.PostAsync(client, groupUrl, [new("question", "Q2"), new("lines", "Mon logement est humide\nJe me sens seul\nLe loyer est trop cher")], action: groupUrl + "?handler=Add");
        var ids = await app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
        var board = $"/territories/{DemoData.Territory1Slug}/workspace/classify?groupId={groupId}";

        using var saved = await PageForm.PostAsync(client, board,
            [new($"Codes[{ids[1]}]", "g07"), new("Selected", ids[0].ToString()), new("Selected", ids[2].ToString()), new("BulkCode", "A03"), new($"Codes[{ids[2]}]", "a08")]);

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        Assert.Equal(["A03", "G07", "A08"], await CodesAsync(groupId));

        using var undone = await PageForm.PostAsync(client, board, [], action: board.Replace("?", "?handler=Undo&", StringComparison.Ordinal));
        Assert.Equal([null, null, null], await CodesAsync(groupId));
    }

    [Fact]
    public async Task The_board_offers_learned_suggestions_with_their_reasons_and_records_an_accepted_one()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        var groupUrl = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria";
        using var _ = await PageForm.PostAsync(client, groupUrl, [new("question", "Q1"), new("lines", "Avoir un logement où l'on se sent chez soi")], action: groupUrl + "?handler=Add");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OpenSpiral.Web.Features.Suggestions.SuggestionTrainer>().TrainAsync();
        }

        var id = await app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId).Select(c => c.Id).SingleAsync());
        var board = $"/territories/{DemoData.Territory1Slug}/workspace/classify?groupId={groupId}";
        var html = await client.GetStringAsync(board);
        var first = System.Text.RegularExpressions.Regex.Match(html, $"name=\"accept\" value=\"{id}:([A-H][0-9]{{2}}):1\"");
        Assert.True(first.Success, "No first suggestion on the board.");
        Assert.Contains("Why?", html, StringComparison.Ordinal);

        using var accepted = await PageForm.PostAsync(client, board, [new("accept", $"{id}:{first.Groups[1].Value}:1")]);

        Assert.True(accepted.StatusCode == HttpStatusCode.Redirect, System.Text.RegularExpressions.Regex.Match(await accepted.Content.ReadAsStringAsync(), "error-summary.{0,600}", System.Text.RegularExpressions.RegexOptions.Singleline).Value);
        var stored = await app.QueryAsync(db => db.Criteria.Include(c => c.Component).SingleAsync(c => c.Id == id));
        Assert.Equal((first.Groups[1].Value, ClassificationMethod.Suggestion, 1), (stored.Component!.Code, stored.ClassifiedVia!.Value, stored.SuggestionRank!.Value));
        Assert.Contains("Suggestions accepted:", await client.GetStringAsync(board), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_board_pages_through_the_criteria_left_to_classify()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var board = $"/territories/{DemoData.Territory1Slug}/workspace/classify?all=true";

        var first = await client.GetStringAsync(board + "&p=1");
        var second = await client.GetStringAsync(board + "&p=2");

        Assert.Contains("Page 1 of", first, StringComparison.Ordinal);
        Assert.Contains("Page 2 of", second, StringComparison.Ordinal);
        Assert.NotEqual(RowIds(first), RowIds(second));
    }

    private static List<string> RowIds(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "id=\"select-(\\d+)\"").Select(m => m.Groups[1].Value)];

    private static async Task<string> FlashAsync(HttpClient client, string url)
    {
        var flash = System.Text.RegularExpressions.Regex.Match(WebUtility.HtmlDecode(await client.GetStringAsync(url)), "<div class=\"flash\" role=\"status\">([^<]*)</div>");
        Assert.True(flash.Success, $"No message on {url}");
        return flash.Groups[1].Value;
    }

    private async Task<int> NewGroupAsync() =>
        await app.QueryAsync(async db =>
        {
            var territory = await db.Territories.SingleAsync(t => t.Slug == DemoData.Territory1Slug);
            var group = new OpenSpiral.Web.Features.Groups.HomogeneousGroup { TerritoryId = territory.Id, Name = $"Session {Guid.NewGuid():N}", Language = "fr", ParticipantCount = 8 };
            db.Groups.Add(group);
            await db.SaveChangesAsync();
            return group.Id;
        });

    private Task<List<string>> TextsAsync(int groupId) =>
        app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId).OrderBy(c => c.Id).Select(c => c.Text).ToListAsync());

    private Task<List<string?>> CodesAsync(int groupId) =>
        app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId).OrderBy(c => c.Id).Select(c => c.Component != null ? c.Component.Code : null).ToListAsync());
}
