using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenSpiral.Tests.Syntheses;

/// <summary>The API's drill-down: the criteria behind a synthesis number, with the same rules as the page.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class SynthesisCriteriaApiTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData("component=A03", 7)]
    [InlineData("component=A03&question=Q1", 4)]
    [InlineData("family=G", 5)]
    [InlineData("component=none", 2)]
    [InlineData("profile=Elderly%20people", 7)]
    [InlineData("kind=homogeneous", 12)]
    [InlineData("kind=rainbow&family=A", 2)]
    public async Task The_total_is_the_number_of_the_synthesis(string query, int total)
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/territories/{data.TerritoryId}/synthesis/criteria?{query}&pageSize=200");

        Assert.Equal(total, page.GetProperty("total").GetInt32());
        Assert.Equal(total, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_criterion_comes_with_its_words_group_question_and_language()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/territories/{data.TerritoryId}/synthesis/criteria?component=G07&groupId={data.MothersId}");

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(
            $$"""{"text":"G07 Q2 0","language":"fr","question":"Q2","component":"G07","groupId":{{data.MothersId}},"group":"Mothers","territory":null}""",
            JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["text"] = item.GetProperty("text").GetString(), ["language"] = item.GetProperty("language").GetString(), ["question"] = item.GetProperty("question").GetString(),
                ["component"] = item.GetProperty("component").GetString(), ["groupId"] = item.GetProperty("groupId").GetInt32(), ["group"] = item.GetProperty("group").GetString(),
                ["territory"] = item.GetProperty("territory").ValueKind == JsonValueKind.Null ? null : "?",
            }));
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(50, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_network_scope_names_the_territory_and_never_the_group()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/territories/{data.TerritoryId}/synthesis/criteria?family=G&scope=network&pageSize=200");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(JsonValueKind.Null, i.GetProperty("group").ValueKind));
        Assert.All(items, i => Assert.Equal(JsonValueKind.Null, i.GetProperty("groupId").ValueKind));
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("territory").GetString())));
    }

    [Theory]
    [InlineData("question=Q9", "question")]
    [InlineData("family=Z", "family")]
    [InlineData("component=Z99", "component")]
    [InlineData("kind=crowd", "kind")]
    [InlineData("scope=planet", "scope")]
    [InlineData("scope=network&profile=Elderly%20people", "scope")]
    [InlineData("page=0&pageSize=201", "page", "pageSize")]
    public async Task A_wrong_filter_is_a_problem_naming_it(string query, params string[] fields)
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/api/v1/territories/{data.TerritoryId}/synthesis/criteria?{query}");

        await Problems.AssertValidationProblemAsync(response, fields);
    }

    [Fact]
    public async Task A_group_of_another_territory_is_refused_in_the_request_s_language()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        var other = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/territories/{data.TerritoryId}/synthesis/criteria?groupId={other.YoungId}&kind=crowd");
        request.Headers.AcceptLanguage.ParseAdd("fr");

        using var response = await admin.SendAsync(request);

        var body = await Problems.AssertValidationProblemAsync(response, "groupId", "kind");
        Assert.Equal("Aucun groupe de ce territoire n'a cet identifiant.", body.GetProperty("errors").GetProperty("groupId")[0].GetString());
        Assert.Equal("crowd n'est pas un type de groupe\u00A0: utilisez homogeneous ou rainbow.", body.GetProperty("errors").GetProperty("kind")[0].GetString());
    }

    [Fact]
    public async Task Another_territory_s_coordinator_is_forbidden_and_anonymous_callers_unauthorised()
    {
        var territory1 = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Territories.Where(t => t.Slug == DemoData.Territory1Slug).Select(t => t.Id)));
        using var otherCoordinator = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        using var facilitator = await app.CreateBearerClientAsync(DemoData.Facilitator1);
        using var anonymous = app.CreateAnonymousClient();
        var url = $"/api/v1/territories/{territory1}/synthesis/criteria?family=A";

        using var forbidden = await otherCoordinator.GetAsync(url);
        using var allowed = await facilitator.GetAsync(url);
        using var unauthorised = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
    }

    [Fact]
    public async Task An_unknown_territory_is_not_found()
    {
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync("/api/v1/territories/999999/synthesis/criteria");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
