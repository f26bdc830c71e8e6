using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Suggestions;

namespace OpenSpiral.Tests.Criteria;

/// <summary>The classification board keeps what was typed: Enter saves it, a wrong code holds back only its own row, one save is one undo step.</summary>
[Collection(ApplicationCollection.Name)]
public sealed partial class ClassificationBoardTests(OpenSpiralApplication app)
{
    private const string Workspace = $"/territories/{DemoData.Territory1Slug}/workspace";

    [Fact]
    public async Task Enter_in_a_code_box_presses_a_default_save_button_that_keeps_the_typed_code_not_the_first_suggestion()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var (groupId, ids) = await GroupWithCriteriaAsync("Avoir un logement où l'on se sent chez soi");
        await TrainAsync();
        var board = $"{Workspace}/classify?groupId={groupId}";
        var html = await client.GetStringAsync(board);
        var suggested = FirstSuggestion(html, ids[0]);
        var typed = suggested == "G07" ? "B02" : "G07";

        // Enter submits the form with its first submit button: it must be the save, which sends no suggestion.
        var form = ClassificationForm().Match(html);
        Assert.True(form.Success, "No classification form on the board.");
        var firstButton = SubmitButton().Match(form.Value);
        Assert.True(firstButton.Success, "No submit button in the classification form.");
        Assert.DoesNotContain("name=", firstButton.Value, StringComparison.Ordinal);
        Assert.Contains("Save the classification", firstButton.Value, StringComparison.Ordinal);
        Assert.True(form.Value.IndexOf(firstButton.Value, StringComparison.Ordinal) < form.Value.IndexOf("name=\"accept\"", StringComparison.Ordinal));

        // What the browser sends on Enter: every field of the form, and nothing from the button.
        using var saved = await PageForm.PostAsync(client, board, [new($"Codes[{ids[0]}]", typed.ToLowerInvariant()), new("BulkCode", ""), new("Shown", ids[0].ToString(CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([new Classified(typed, ClassificationMethod.Declined, null)], await ClassificationsAsync(ids));
    }

    [Fact]
    public async Task An_unknown_code_holds_back_its_own_row_only_which_stays_on_the_page_with_what_was_typed_and_its_message()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var (groupId, ids) = await GroupWithCriteriaAsync("Un travail stable", "Des amis sur qui compter", "Un parc près de chez moi");
        var board = $"{Workspace}/classify?groupId={groupId}&culture=fr";

        using var response = await PageForm.PostAsync(client, board, [new($"Codes[{ids[0]}]", "A06"), new($"Codes[{ids[1]}]", "Z99"), new($"Codes[{ids[2]}]", "G07")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<div class=\"flash\" role=\"status\">2 critères classés\u202F; corrigez les codes signalés ci-dessous et enregistrez à nouveau.</div>", html, StringComparison.Ordinal);
        Assert.Contains($"<span id=\"Codes_{ids[1]}_-error\" class=\"field-error\">Z99 n'est pas une composante de la grille actuelle (Des amis sur qui compter).</span>", html, StringComparison.Ordinal);
        var box = Regex.Match(html, $"<input type=\"text\" name=\"Codes\\[{ids[1]}\\]\"[^>]*>");
        Assert.True(box.Success, "The refused row is not on the page any more.");
        Assert.Contains("value=\"Z99\"", box.Value, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", box.Value, StringComparison.Ordinal);
        Assert.Contains($"aria-describedby=\"Codes_{ids[1]}_-error\"", box.Value, StringComparison.Ordinal);
        Assert.DoesNotContain($"name=\"Codes[{ids[0]}]\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"name=\"Codes[{ids[2]}]\"", html, StringComparison.Ordinal);

        Assert.Equal([new("A06", ClassificationMethod.Manual, null), null, new("G07", ClassificationMethod.Manual, null)], await ClassificationsAsync(ids));
        var history = await HistoryAsync(ids);
        Assert.Equal([(ids[0], (string?)null, (string?)"A06"), (ids[2], null, "G07")], history.Select(h => (h.CriterionId, h.Before, h.After)));
        Assert.Single(history.Select(h => h.BatchId).Distinct());

        using var corrected = await PageForm.PostAsync(client, board, [new($"Codes[{ids[1]}]", "B02")]);

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal([new("A06", ClassificationMethod.Manual, null), new("B02", ClassificationMethod.Manual, null), new("G07", ClassificationMethod.Manual, null)], await ClassificationsAsync(ids));
        Assert.Equal(2, (await HistoryAsync(ids)).Select(h => h.BatchId).Distinct().Count());
    }

    [Fact]
    public async Task An_unknown_bulk_code_keeps_the_selected_rows_ticked_and_the_code_in_its_box()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var (groupId, ids) = await GroupWithCriteriaAsync("Des bancs à l'ombre", "Une piscine ouverte l'été", "Des fêtes de rue");
        var board = $"{Workspace}/classify?groupId={groupId}";

        using var response = await PageForm.PostAsync(client, board,
            [new("Selected", ids[0].ToString()), new("Selected", ids[1].ToString()), new("BulkCode", "X1"), new($"Codes[{ids[1]}]", "A08"), new($"Codes[{ids[2]}]", "G07")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<div class=\"flash\" role=\"status\">2 criteria classified; correct the codes shown below and save again.</div>", html, StringComparison.Ordinal);
        Assert.Contains("X1 is not a component of the current grid (Des bancs à l'ombre).", html, StringComparison.Ordinal);
        Assert.Matches($"<input type=\"checkbox\" name=\"Selected\" value=\"{ids[0]}\"[^>]* checked=\"checked\">", html);
        Assert.Matches("<input type=\"text\" id=\"bulk-code\" name=\"BulkCode\"[^>]* value=\"X1\">", html);
        Assert.Equal([null, new("A08", ClassificationMethod.Manual, null), new("G07", ClassificationMethod.Manual, null)], await ClassificationsAsync(ids));
    }

    [Fact]
    public async Task One_save_with_typed_codes_and_a_pressed_suggestion_is_one_undo_step()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var (groupId, ids) = await GroupWithCriteriaAsync("Un logement chaud l'hiver", "Je me sens seul le soir", "Avoir un logement où l'on se sent chez soi", "Des voisins qui disent bonjour");
        await TrainAsync();
        var board = $"{Workspace}/classify?groupId={groupId}&all=true";
        var suggested = FirstSuggestion(await client.GetStringAsync(board), ids[2]);
        var a03 = new Classified("A03", ClassificationMethod.Manual, null);
        var b02 = new Classified("B02", ClassificationMethod.Manual, null);
        var accepted = new Classified(suggested, ClassificationMethod.Suggestion, 1);

        // First save: two typed codes, and the suggestion button of a third row pressed.
        using var first = await PageForm.PostAsync(client, board, [new($"Codes[{ids[0]}]", "A03"), new($"Codes[{ids[1]}]", "B02"), new($"Codes[{ids[2]}]", ""), new("accept", $"{ids[2]}:{suggested}:1")]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal([a03, b02, accepted, null], await ClassificationsAsync(ids));

        // Second save: the first row reclassified, the fourth classified.
        using var second = await PageForm.PostAsync(client, board, [new($"Codes[{ids[0]}]", "G07"), new($"Codes[{ids[3]}]", "A08")]);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal([new("G07", ClassificationMethod.Manual, null), b02, accepted, new("A08", ClassificationMethod.Manual, null)], await ClassificationsAsync(ids));
        var batches = (await HistoryAsync(ids)).GroupBy(h => h.BatchId).Select(b => b.Select(h => h.CriterionId).ToList()).ToList();
        Assert.Equal([[ids[0], ids[1], ids[2]], [ids[0], ids[3]]], batches);

        Assert.Equal("Your last change is undone (2 criteria).", await UndoAsync(client, board));
        Assert.Equal([a03, b02, accepted, null], await ClassificationsAsync(ids));

        Assert.Equal("Your last change is undone (3 criteria).", await UndoAsync(client, board));
        Assert.Equal([null, null, null, null], await ClassificationsAsync(ids));
        Assert.All(await HistoryAsync(ids), h => Assert.True(h.Undone));
    }

    [Fact]
    public async Task Undo_returns_to_the_same_group_board_without_the_handler_in_the_address()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var (groupId, ids) = await GroupWithCriteriaAsync("Un banc au soleil");
        var board = $"{Workspace}/classify?groupId={groupId}";
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(board));
        var undoAction = Regex.Match(html, "action=\"([^\"]*handler=Undo[^\"]*)\"").Groups[1].Value;
        Assert.Equal($"{Workspace}/classify?groupId={groupId}&all=False&p=1&handler=Undo", undoAction);
        using var saved = await PageForm.PostAsync(client, board, [new($"Codes[{ids[0]}]", "B04")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var undone = await PageForm.PostAsync(client, board, [], action: undoAction);

        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal($"{Workspace}/classify?groupId={groupId}&question=&all=False&p=1", undone.Headers.Location?.OriginalString);
        Assert.Equal([null], await ClassificationsAsync(ids));
    }

    [Fact]
    public async Task One_criterion_saved_then_undone_is_said_in_the_singular_in_french()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var (groupId, ids) = await GroupWithCriteriaAsync("Un jardin partagé", "Une bibliothèque ouverte le soir");
        var board = $"{Workspace}/classify?groupId={groupId}&culture=fr";

        using var saved = await PageForm.PostAsync(client, board, [new($"Codes[{ids[0]}]", "B04")]);
        var flash = Regex.Match(WebUtility.HtmlDecode(await client.GetStringAsync(board)), "<div class=\"flash\" role=\"status\">([^<]*)</div>");
        using var refused = await PageForm.PostAsync(client, board, [new($"Codes[{ids[0]}]", "A06"), new($"Codes[{ids[1]}]", "Z99")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Un critère classé.", flash.Groups[1].Value);
        Assert.Contains("<div class=\"flash\" role=\"status\">Un critère classé\u202F; corrigez les codes signalés ci-dessous et enregistrez à nouveau.</div>",
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("Votre dernière modification est annulée (un critère).", await UndoAsync(client, board));
        Assert.Equal([new("B04", ClassificationMethod.Manual, null), null], await ClassificationsAsync(ids));
    }

    private sealed record Classified(string Code, ClassificationMethod Via, int? Rank);

    private sealed record HistoryLine(long CriterionId, Guid BatchId, string? Before, string? After, bool Undone);

    private async Task<(int GroupId, long[] Ids)> GroupWithCriteriaAsync(params string[] texts) => await app.QueryAsync(async db =>
    {
        var territoryId = await db.Territories.Where(t => t.Slug == DemoData.Territory1Slug).Select(t => t.Id).SingleAsync();
        var group = new HomogeneousGroup { TerritoryId = territoryId, Name = $"Board {Guid.NewGuid():N}", Language = "fr", ParticipantCount = 7 };
        db.Groups.Add(group);
        await db.SaveChangesAsync();
        var criteria = texts.Select(text => new Criterion { TerritoryId = territoryId, GroupId = group.Id, Text = text, Language = "fr", Question = Question.Q1 }).ToList();
        db.Criteria.AddRange(criteria);
        await db.SaveChangesAsync();
        return (group.Id, criteria.Select(c => c.Id).ToArray());
    });

    private async Task TrainAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SuggestionTrainer>().TrainAsync();
    }

    private static string FirstSuggestion(string html, long criterionId)
    {
        var button = Regex.Match(html, $"name=\"accept\" value=\"{criterionId}:([A-Z][0-9]{{2}}):1\"");
        Assert.True(button.Success, "No first suggestion on the board.");
        return button.Groups[1].Value;
    }

    /// <summary>Presses "Undo my last change" and answers the message the board then shows.</summary>
    private static async Task<string> UndoAsync(HttpClient client, string board)
    {
        using var undone = await PageForm.PostAsync(client, board, [], action: board.Replace("?", "?handler=Undo&", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        var flash = Regex.Match(WebUtility.HtmlDecode(await client.GetStringAsync(board)), "<div class=\"flash\" role=\"status\">([^<]*)</div>");
        Assert.True(flash.Success, "No message after undo.");
        return flash.Groups[1].Value;
    }

    private Task<List<Classified?>> ClassificationsAsync(long[] ids) => app.QueryAsync(db => db.Criteria.AsNoTracking()
        .Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id)
        .Select(c => c.Component == null ? null : new Classified(c.Component.Code, c.ClassifiedVia!.Value, c.SuggestionRank))
        .ToListAsync());

    private Task<List<HistoryLine>> HistoryAsync(long[] ids) => app.QueryAsync(db => db.CriterionRevisions.AsNoTracking()
        .Where(r => ids.Contains(r.CriterionId) && r.Kind == RevisionKind.Classified).OrderBy(r => r.Id)
        .Select(r => new HistoryLine(
            r.CriterionId, r.BatchId,
            db.Components.Where(c => c.Id == r.ComponentBefore).Select(c => c.Code).FirstOrDefault(),
            db.Components.Where(c => c.Id == r.ComponentAfter).Select(c => c.Code).FirstOrDefault(),
            r.Undone))
        .ToListAsync());

    [GeneratedRegex("<form method=\"post\"[^>]*>(?:(?!</form>).)*?name=\"Codes\\[(?:(?!</form>).)*</form>", RegexOptions.Singleline)]
    private static partial Regex ClassificationForm();

    [GeneratedRegex("<button type=\"submit\"[^>]*>[^<]*</button>")]
    private static partial Regex SubmitButton();
}
