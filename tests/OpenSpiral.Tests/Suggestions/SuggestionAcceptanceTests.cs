using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Suggestions;

namespace OpenSpiral.Tests.Suggestions;

/// <summary>
/// The share of accepted suggestions on the classification board counts only the criteria that were
/// shown suggestions. Runs on an application of its own so that the counts are exact.
/// </summary>
public sealed partial class SuggestionAcceptanceTests
{
    private const string Board = $"/territories/{DemoData.Territory1Slug}/workspace/classify";

    [Fact]
    public async Task The_accepted_share_leaves_out_criteria_classified_without_being_shown_a_suggestion()
    {
        await using var app = OpenSpiralApplication.Create(demo: true);
        await app.InitializeAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SuggestionTrainer>().TrainAsync();
        }

        // The demo's criteria were classified before (as imported ones are): none was shown a suggestion.
        await app.QueryAsync(db => db.Criteria.Where(c => c.ComponentId != null).OrderBy(c => c.Id).Take(5)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClassifiedVia, ClassificationMethod.Import)));
        var (groupId, ids) = await GroupWithCriteriaAsync(app, "Le loyer de mon logement est trop cher", "Le bus passe toujours en retard", "zqxw vvkj");
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var board = $"{Board}?groupId={groupId}";
        var html = await client.GetStringAsync(board);
        Assert.Equal([ids[0], ids[1]], [.. ShownField().Matches(html).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Where(ids.Contains)]);
        var first = AcceptButton().Matches(html).Select(m => m.Groups[1].Value.Split(':')).First(v => v[0] == ids[0].ToString(CultureInfo.InvariantCulture))[1];

        // As the browser sends it: the hidden fields of the rows that showed suggestions, the typed codes, the pressed button.
        using var saved = await PageForm.PostAsync(client, board,
        [
            new("accept", $"{ids[0]}:{first}:1"),
            new("Shown", ids[0].ToString(CultureInfo.InvariantCulture)),
            new("Shown", ids[1].ToString(CultureInfo.InvariantCulture)),
            new($"Codes[{ids[1]}]", "G07"),
            new($"Codes[{ids[2]}]", "A01"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var methods = await app.QueryAsync(db => db.Criteria.Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).Select(c => c.ClassifiedVia).ToListAsync());
        Assert.Equal([ClassificationMethod.Suggestion, ClassificationMethod.Declined, ClassificationMethod.Manual], methods);
        var after = WebUtility.HtmlDecode(await client.GetStringAsync(Board));
        Assert.Contains("<p>Suggestions accepted: 1 of 2 classifications (50%).</p>", after, StringComparison.Ordinal);
    }

    private static async Task<(int GroupId, long[] Ids)> GroupWithCriteriaAsync(OpenSpiralApplication app, params string[] texts) => await app.QueryAsync(async db =>
    {
        var territoryId = await db.Territories.Where(t => t.Slug == DemoData.Territory1Slug).Select(t => t.Id).SingleAsync();
        var group = new HomogeneousGroup { TerritoryId = territoryId, Name = "Acceptance", Language = "fr", ParticipantCount = 7 };
        db.Groups.Add(group);
        await db.SaveChangesAsync();
        var criteria = texts.Select(text => new Criterion { TerritoryId = territoryId, GroupId = group.Id, Text = text, Language = "fr", Question = Question.Q2 }).ToList();
        db.Criteria.AddRange(criteria);
        await db.SaveChangesAsync();
        return (group.Id, criteria.Select(c => c.Id).ToArray());
    });

    [GeneratedRegex("<input type=\"hidden\" name=\"Shown\" value=\"([0-9]+)\" />")]
    private static partial Regex ShownField();

    [GeneratedRegex("name=\"accept\" value=\"([0-9]+:[A-Z][0-9]{2}:1)\"")]
    private static partial Regex AcceptButton();
}
