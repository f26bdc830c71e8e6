using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenSpiral.Tests.Network;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Territories;

[Collection(ApplicationCollection.Name)]
public sealed class DirectoryTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_api_combines_country_membership_phase_reached_and_language()
    {
        var mark = NetworkData.Mark();
        await NetworkData.AddTerritoryAsync(app, mark, "Alpha", membership: MembershipStatus.Member, phase: CyclePhase.CoEvaluate, languages: ["mt", "en"]);
        await NetworkData.AddTerritoryAsync(app, mark, "Bravo", membership: MembershipStatus.Member, cycle: 2, phase: CyclePhase.OrganiseAndMobilise);
        await NetworkData.AddTerritoryAsync(app, mark, "Charlie", membership: MembershipStatus.Sympathiser, phase: CyclePhase.CoEvaluate);
        await NetworkData.AddTerritoryAsync(app, mark, "Delta", membership: MembershipStatus.Member, phase: CyclePhase.CoDefineWellBeing);
        await NetworkData.AddTerritoryAsync(app, mark, "Echo", membership: MembershipStatus.Member, phase: CyclePhase.ActTogether, languages: ["en"]);
        await NetworkData.AddTerritoryAsync(app, mark, "Foxtrot", country: "CV", membership: MembershipStatus.Member, phase: CyclePhase.ActTogether);
        using var client = app.CreateAnonymousClient();

        var reached = await NamesAsync(client, $"/api/v1/territories?q={mark}&country=mt&membership=member&phase=coEvaluate");
        var speakingMaltese = await NamesAsync(client, $"/api/v1/territories?q={mark}&country=MT&membership=member&phase=coEvaluate&language=mt");
        var sympathisers = await NamesAsync(client, $"/api/v1/territories?q={mark}&membership=sympathiser");

        Assert.Equal([$"Alpha {mark}", $"Bravo {mark}", $"Echo {mark}"], reached);
        Assert.Equal([$"Alpha {mark}", $"Bravo {mark}"], speakingMaltese);
        Assert.Equal([$"Charlie {mark}"], sympathisers);
    }

    [Fact]
    public async Task Each_territory_shows_only_public_counts_as_key_figures()
    {
        var mark = NetworkData.Mark();
        var (id, slug) = await NetworkData.AddTerritoryAsync(app, mark, "Figures", languages: ["fr"]);
        await app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var group = new HomogeneousGroup { TerritoryId = id, Name = "Jeunes", Language = "fr", ParticipantCount = 9, CreatedAt = now, UpdatedAt = now };
            db.Groups.AddRange(group, new HomogeneousGroup { TerritoryId = id, Name = "Aînés", Language = "fr", ParticipantCount = 8, CreatedAt = now, UpdatedAt = now });
            await db.SaveChangesAsync();
            foreach (var status in new[] { CriterionStatus.Approved, CriterionStatus.Approved, CriterionStatus.Approved, CriterionStatus.Pending })
            {
                db.Criteria.Add(new Criterion { TerritoryId = id, GroupId = group.Id, Text = $"Idée {status}", Language = "fr", Question = Question.Q1, Status = status, CreatedAt = now, UpdatedAt = now });
            }

            db.Actions.AddRange(
                new TerritoryAction { TerritoryId = id, Title = "Publiée", IsPublished = true, CreatedAt = now, UpdatedAt = now },
                new TerritoryAction { TerritoryId = id, Title = "Interne", IsPublished = false, CreatedAt = now, UpdatedAt = now });
            return await db.SaveChangesAsync();
        });
        var validated = await OpenSpiral.Tests.Surveys.SurveyDefinitionData.AddIndicatorAsync(app, slug, "Validé");
        await OpenSpiral.Tests.Surveys.SurveyDefinitionData.AddIndicatorAsync(app, slug, "Brouillon", IndicatorStatus.Draft);
        await OpenSpiral.Tests.Surveys.SurveyDefinitionData.AddSurveyAsync(app, slug, "Ouverte", SurveyStatus.Open, validated);
        await OpenSpiral.Tests.Surveys.SurveyDefinitionData.AddSurveyAsync(app, slug, "Brouillon", SurveyStatus.Draft, validated);
        using var client = app.CreateAnonymousClient();

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/territories?q={mark}");
        var html = await client.GetStringAsync($"/territories?q={mark}");

        var figures = page.GetProperty("items")[0].GetProperty("figures");
        Assert.Equal("""{"groups":2,"criteria":3,"indicators":1,"surveys":1,"actions":1}""", figures.GetRawText());
        Assert.Equal(2, page.GetProperty("items")[0].GetProperty("groupCount").GetInt32());
        Assert.Contains("<div><dt>Published actions</dt><dd>1</dd></div>", html);
        Assert.Contains("<div><dt>Criteria</dt><dd>3</dd></div>", html);
    }

    [Theory]
    [InlineData("membership=gold", "membership")]
    [InlineData("phase=9", "phase")]
    [InlineData("country=FRA", "country")]
    [InlineData("membership=1&phase=later&pageSize=0", "membership", "phase", "pageSize")]
    public async Task Wrong_filters_answer_400_naming_each_filter(string query, params string[] fields)
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync($"/api/v1/territories?{query}");

        await Problems.AssertValidationProblemAsync(response, fields);
    }

    [Fact]
    public async Task A_wrong_membership_filter_is_explained_in_the_language_of_the_request()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/api/v1/territories?membership=gold&culture=fr");

        var body = await Problems.AssertValidationProblemAsync(response, "membership");
        Assert.Equal("gold n’est pas un statut d’adhésion\u00a0: utilisez none, sympathiser ou member.", body.GetProperty("errors").GetProperty("membership")[0].GetString());
    }

    [Fact]
    public async Task The_page_keeps_its_filters_in_the_address_and_says_when_nothing_matches()
    {
        var mark = NetworkData.Mark();
        await NetworkData.AddTerritoryAsync(app, mark, "Kilo", membership: MembershipStatus.Sympathiser);
        using var client = app.CreateAnonymousClient();

        var found = await client.GetStringAsync($"/territories?q={mark}&membership=sympathiser");
        var none = WebUtility.HtmlDecode(await client.GetStringAsync($"/territories?q={mark}&membership=member&culture=fr"));

        Assert.Contains($"Kilo {mark}", found);
        Assert.Contains("<option value=\"sympathiser\" selected=\"selected\">", found);
        Assert.Contains("1 territory", found);
        Assert.Contains("Aucun territoire ne correspond à ces filtres.", none);
        Assert.Contains("Montrer tous les territoires", none);
    }

    [Fact]
    public async Task The_map_has_a_link_marker_exactly_for_each_territory_with_coordinates_and_lists_the_others()
    {
        var mark = NetworkData.Mark();
        await NetworkData.AddTerritoryAsync(app, mark, "Lima", latitude: 35.9, longitude: 14.5);
        await NetworkData.AddTerritoryAsync(app, mark, "Mike", latitude: 47.75, longitude: 7.34);
        await NetworkData.AddTerritoryAsync(app, mark, "November");
        await NetworkData.AddTerritoryAsync(app, mark, "Oscar", country: "CV", latitude: 15.1, longitude: -23.6);
        using var client = app.CreateAnonymousClient();

        var europe = await client.GetStringAsync($"/territories?q={mark}");
        var world = await client.GetStringAsync($"/territories?q={mark}&view=world");

        Assert.Equal([$"Lima {mark}", $"Mike {mark}"], Markers(europe));
        Assert.Equal([$"Lima {mark}", $"Mike {mark}", $"Oscar {mark}"], Markers(world));
        Assert.Contains("1 territory is outside this view.", europe);
        var notOnMap = europe[europe.IndexOf("Not on the map", StringComparison.Ordinal)..];
        Assert.Contains($">November {mark}</a>", notOnMap);
        Assert.DoesNotContain($">Lima {mark}</a>", notOnMap[..notOnMap.IndexOf("</ul>", StringComparison.Ordinal)]);
        Assert.Contains("<path class=\"land\" d=\"M", europe);
        Assert.Contains("role=\"group\" aria-labelledby=\"map-caption\"", europe);
    }

    private static List<string> Markers(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<a (?=[^>]*class=\"marker\")(?=[^>]*href=\"/territories/[^\"]+\")[^>]*aria-label=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static async Task<List<string>> NamesAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("name").GetString()!)];
    }
}
