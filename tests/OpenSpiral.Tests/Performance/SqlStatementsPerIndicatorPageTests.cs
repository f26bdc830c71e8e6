using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Indicators;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Indicators;

namespace OpenSpiral.Tests.Performance;

public sealed partial class SqlStatementsPerPageTests
{
    [Fact]
    public async Task More_indicators_sorted_criteria_translations_and_revisions_add_no_statement_to_the_indicator_pages()
    {
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var pages = await ClientAsync(factory, DemoData.Coordinator2);
        using var api = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var login = await api.PostAsJsonAsync("/api/v1/identity/login", new { email = DemoData.Coordinator2, password = OpenSpiral.Web.Features.Demo.DemoOptions.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        int territoryId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
            territoryId = db.Territories.Single(t => t.Slug == DemoData.Territory2Slug).Id;
        }

        var (code, ids) = await ClassifiedAsync(factory);
        var id = await GrowAsync(api, territoryId, code, ids.Take(2).ToList());
        var slug = DemoData.Territory2Slug;
        string[] urls =
        [
            $"/territories/{slug}/workspace/indicators", $"/territories/{slug}/workspace/indicators/{id}", $"/territories/{slug}/workspace/indicators/{id}/sort",
            $"/territories/{slug}/workspace/indicators/{id}/edit", $"/territories/{slug}/workspace/indicators/{id}/history", $"/territories/{slug}/workspace/indicators/{id}/translations",
            "/network/indicators",
        ];
        foreach (var url in urls)
        {
            await CountAsync(pages, counter, url);
        }

        var before = new List<int>();
        foreach (var url in urls)
        {
            before.Add(await CountAsync(pages, counter, url));
        }

        await GrowAsync(api, territoryId, code, ids.Skip(2).Take(4).ToList(), into: id);
        await GrowAsync(api, territoryId, code, []);
        await GrowAsync(api, territoryId, code, []);
        var after = new List<int>();
        foreach (var url in urls)
        {
            after.Add(await CountAsync(pages, counter, url));
        }

        Assert.Equal(before, after);
        Assert.All(after, count => Assert.InRange(count, 1, Budget));
    }

    [Fact]
    public async Task Saving_an_indicator_through_the_api_sends_an_exact_number_of_statements_reading_the_indicator_once()
    {
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var api = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var login = await api.PostAsJsonAsync("/api/v1/identity/login", new { email = DemoData.Coordinator2, password = OpenSpiral.Web.Features.Demo.DemoOptions.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        int territoryId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            territoryId = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>().Territories.Single(t => t.Slug == DemoData.Territory2Slug).Id;
        }

        var (code, _) = await ClassifiedAsync(factory);
        var id = (await IndicatorData.CreateAsync(api, territoryId, component: code))["id"]!.GetValue<int>();
        var body = IndicatorData.Body((await api.GetFromJsonAsync<JsonObject>($"/api/v1/indicators/{id}"))!);
        using (var warm = await api.PutAsJsonAsync($"/api/v1/indicators/{id}", body))
        {
            warm.EnsureSuccessStatusCode();
        }

        body = IndicatorData.Body((await api.GetFromJsonAsync<JsonObject>($"/api/v1/indicators/{id}"))!);
        counter.Reset();
        using var saved = await api.PutAsJsonAsync($"/api/v1/indicators/{id}", body);

        saved.EnsureSuccessStatusCode();
        Assert.Equal(SaveStatements, counter.Count);
    }

    // The indicator's territory and language are read once, for the route, the checks and the save
    // alike (the checks used to read the language again: 14).
    private const int SaveStatements = 13;

    private static async Task<(string Code, List<long> Ids)> ClassifiedAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var code = db.Criteria.Where(c => c.Group!.Territory!.Slug == DemoData.Territory2Slug && c.ComponentId != null && c.Status == OpenSpiral.Web.Features.Criteria.CriterionStatus.Approved)
            .GroupBy(c => c.Component!.Code).OrderByDescending(g => g.Count()).Select(g => g.Key).First();
        var ids = db.Criteria.Where(c => c.Group!.Territory!.Slug == DemoData.Territory2Slug && c.Component!.Code == code && c.Status == OpenSpiral.Web.Features.Criteria.CriterionStatus.Approved)
            .OrderBy(c => c.Id).Select(c => c.Id).ToList();
        return (code, ids);
    }

    // A validated indicator with an English translation, these criteria sorted and each level traced to them (or more of all that on an existing one).
    private static async Task<int> GrowAsync(HttpClient api, int territoryId, string code, List<long> criteria, int? into = null)
    {
        var id = into ?? (await IndicatorData.CreateAsync(api, territoryId, component: code, status: "validated"))["id"]!.GetValue<int>();
        if (criteria.Count > 0)
        {
            using var sorted = await api.PutAsJsonAsync($"/api/v1/indicators/{id}/criteria", new { items = criteria.Select((c, i) => new { criterionId = c, category = IndicatorWords.Value((IndicatorCategory)(i % 4 + 1)) }) });
            sorted.EnsureSuccessStatusCode();
        }

        var current = (await api.GetFromJsonAsync<JsonObject>($"/api/v1/indicators/{id}"))!;
        var body = IndicatorData.Body(current);
        var sources = criteria.Count > 0 ? criteria : [.. current["levels"]![0]!["criterionIds"]!.AsArray().Select(x => x!.GetValue<long>())];
        foreach (var level in body["levels"]!.AsArray())
        {
            level!["criterionIds"] = new JsonArray([.. sources.Select(x => (JsonNode)x)]);
        }

        body["translations"] = new JsonArray(new JsonObject
        {
            ["language"] = "en",
            ["title"] = $"Translated {Guid.NewGuid():N}",
            ["levels"] = System.Text.Json.JsonSerializer.SerializeToNode(IndicatorData.Levels("a", "b", "c", "d", "e")),
        });
        using var saved = await api.PutAsJsonAsync($"/api/v1/indicators/{id}", body);
        saved.EnsureSuccessStatusCode();
        return id;
    }
}
