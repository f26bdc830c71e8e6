using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Tests.Criteria;

/// <summary>
/// One row of the board saved on its own, as the board's script sends it when a key takes a suggestion or
/// Enter confirms a code: JSON to announce on success, a ProblemDetails in the user's language otherwise.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class ClassificationBoardRowTests(OpenSpiralApplication app)
{
    private const string Workspace = $"/territories/{DemoData.Territory1Slug}/workspace";

    [Fact]
    public async Task A_row_saved_alone_answers_what_to_announce_in_french_and_is_its_own_undo_step()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var ids = await CriteriaAsync("Un travail stable", "Des amis sur qui compter");
        var a06 = await ComponentNameAsync(client, "A06");

        using var first = await SaveRowAsync(client, ids[0], "a06", culture: "fr");
        using var second = await SaveRowAsync(client, ids[1], "B02", culture: "fr");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
        var saved = await first.Content.ReadFromJsonAsync<JsonElement>();
        var (classified, total) = await ProgressAsync();
        Assert.Equal(ids[0], saved.GetProperty("id").GetInt64());
        Assert.Equal("A06", saved.GetProperty("code").GetString());
        Assert.Equal(a06, saved.GetProperty("name").GetString());
        Assert.Equal($"Classé dans A06 {a06}\u00A0: Un travail stable", saved.GetProperty("message").GetString());
        Assert.Equal(classified - 1, saved.GetProperty("classified").GetInt32());
        Assert.Equal(total, saved.GetProperty("total").GetInt32());
        Assert.Equal($"Critères classés\u00A0: {classified - 1} sur {total}", saved.GetProperty("progress").GetString());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal([new("A06", ClassificationMethod.Manual, null), new("B02", ClassificationMethod.Manual, null)], await ClassificationsAsync(ids));

        // Each row saved alone is one step: undo gives back the second row only.
        var board = $"{Workspace}/classify?culture=fr";
        using var undone = await PageForm.PostAsync(client, board, [], action: $"{Workspace}/classify?handler=Undo&culture=fr");
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Contains("<div class=\"flash\" role=\"status\">Votre dernière modification est annulée (un critère).</div>", WebUtility.HtmlDecode(await client.GetStringAsync(board)), StringComparison.Ordinal);
        Assert.Equal([new("A06", ClassificationMethod.Manual, null), null], await ClassificationsAsync(ids));
    }

    [Fact]
    public async Task A_suggestion_taken_by_its_key_is_recorded_with_its_rank_and_a_code_typed_instead_of_shown_suggestions_as_declined()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var ids = await CriteriaAsync("Un logement chaud l'hiver", "Je me sens seul le soir", "Un parc près de chez moi");

        using var key = await SaveRowAsync(client, ids[0], "A03", rank: 2);
        using var declined = await SaveRowAsync(client, ids[1], "B02", shown: true);
        using var manual = await SaveRowAsync(client, ids[2], "G07", shown: false);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], [key.StatusCode, declined.StatusCode, manual.StatusCode]);
        Assert.Equal(
            [new("A03", ClassificationMethod.Suggestion, 2), new("B02", ClassificationMethod.Declined, null), new("G07", ClassificationMethod.Manual, null)],
            await ClassificationsAsync(ids));
    }

    [Theory]
    [InlineData("Z99", null, "code", "Z99 n'est pas une composante de la grille actuelle (Un banc à l'ombre).")]
    [InlineData(" ", null, "code", "Tapez un code de composante, comme A03.")]
    [InlineData("A03", "4", "rank", "Le rang d'une suggestion est 1, 2 ou 3.")]
    public async Task A_refused_row_answers_a_validation_problem_in_french_and_changes_nothing(string code, string? rank, string field, string message)
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var ids = await CriteriaAsync("Un banc à l'ombre");

        using var response = await SaveRowAsync(client, ids[0], code, rank: rank is null ? null : int.Parse(rank, CultureInfo.InvariantCulture), culture: "fr");

        var problem = await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal("Une ou plusieurs erreurs de validation se sont produites.", problem.GetProperty("title").GetString());
        Assert.Equal([message], problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()));
        Assert.Equal([null], await ClassificationsAsync(ids));
    }

    [Fact]
    public async Task A_criterion_of_another_territory_is_not_found_and_stays_unclassified()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var other = await app.QueryAsync(db => db.Criteria.Where(c => c.ComponentId == null && db.Territories.Any(t => t.Id == c.TerritoryId && t.Slug == DemoData.Territory2Slug)).Select(c => c.Id).FirstAsync());

        using var response = await SaveRowAsync(client, other, "A03");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Not Found", problem.GetProperty("title").GetString());
        Assert.Equal([null], await ClassificationsAsync([other]));
    }

    private static Task<HttpResponseMessage> SaveRowAsync(HttpClient client, long id, string code, int? rank = null, bool shown = false, string culture = "en")
    {
        List<KeyValuePair<string, string>> fields = [new("id", id.ToString(CultureInfo.InvariantCulture)), new("code", code), new("shown", shown ? "true" : "false")];
        if (rank is not null)
        {
            fields.Add(new("rank", rank.Value.ToString(CultureInfo.InvariantCulture)));
        }

        return PageForm.PostAsync(client, $"{Workspace}/classify", fields, action: $"{Workspace}/classify?handler=Row&culture={culture}");
    }

    private static async Task<string> ComponentNameAsync(HttpClient client, string code)
    {
        var grid = await client.GetFromJsonAsync<JsonElement>("/api/v1/grid?lang=fr");
        return grid.GetProperty("families").EnumerateArray().SelectMany(f => f.GetProperty("components").EnumerateArray())
            .Single(c => c.GetProperty("code").GetString() == code).GetProperty("name").GetString()!;
    }

    private async Task<(int Classified, int Total)> ProgressAsync()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        return await app.QueryAsync(async db =>
        {
            var approved = db.Criteria.Where(c => c.TerritoryId == territoryId && c.Status == CriterionStatus.Approved);
            return (await approved.CountAsync(c => c.ComponentId != null), await approved.CountAsync());
        });
    }

    private sealed record Classified(string Code, ClassificationMethod Via, int? Rank);

    private async Task<long[]> CriteriaAsync(params string[] texts) => await app.QueryAsync(async db =>
    {
        var territoryId = await db.Territories.Where(t => t.Slug == DemoData.Territory1Slug).Select(t => t.Id).SingleAsync();
        var group = new HomogeneousGroup { TerritoryId = territoryId, Name = $"Row {Guid.NewGuid():N}", Language = "fr", ParticipantCount = 7 };
        db.Groups.Add(group);
        await db.SaveChangesAsync();
        var criteria = texts.Select(text => new Criterion { TerritoryId = territoryId, GroupId = group.Id, Text = text, Language = "fr", Question = Question.Q1 }).ToList();
        db.Criteria.AddRange(criteria);
        await db.SaveChangesAsync();
        return criteria.Select(c => c.Id).ToArray();
    });

    private Task<List<Classified?>> ClassificationsAsync(long[] ids) => app.QueryAsync(db => db.Criteria.AsNoTracking()
        .Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id)
        .Select(c => c.Component == null ? null : new Classified(c.Component.Code, c.ClassifiedVia!.Value, c.SuggestionRank))
        .ToListAsync());
}
