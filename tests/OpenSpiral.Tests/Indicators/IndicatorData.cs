using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Tests.Indicators;

/// <summary>Indicators the tests make through the API, and the demo criteria they sort.</summary>
public static class IndicatorData
{
    public static readonly string[] Statements =
    [
        "Sans logement ou dans un logement insalubre",
        "Un logement trop petit ou trop cher",
        "Un logement correct mais mal isolé",
        "Un logement confortable à un prix abordable",
        "Un logement choisi, durable et sûr",
    ];

    public static object Levels(params string[] statements) =>
        statements.Select((s, i) => new { level = i + 1, statement = s }).ToArray();

    /// <summary>Creates an indicator through the API and answers its JSON.</summary>
    public static async Task<JsonObject> CreateAsync(HttpClient client, int territoryId, string title = "Un logement digne", string component = "A03", string? status = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/indicators", new { title, components = new[] { component }, levels = Levels(Statements), status });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The body of a PUT that keeps the indicator as it is, to change one field of.</summary>
    public static JsonObject Body(JsonObject indicator) => new()
    {
        ["title"] = indicator["title"]!.GetValue<string>(),
        ["components"] = indicator["components"]!.DeepClone(),
        ["status"] = indicator["status"]!.GetValue<string>(),
        ["levels"] = new JsonArray([.. indicator["levels"]!.AsArray().Select(x => (JsonNode)new JsonObject { ["level"] = x!["level"]!.GetValue<int>(), ["statement"] = x["statement"]!.GetValue<string>() })]),
        ["language"] = indicator["language"]!.GetValue<string>(),
        ["version"] = indicator["version"]!.GetValue<int>(),
    };

    /// <summary>Approved criteria of a territory classified in a component, and the component's code.</summary>
    public static Task<(string Code, List<long> Ids)> ClassifiedCriteriaAsync(OpenSpiralApplication app, string slug, int atLeast = 2) =>
        app.QueryAsync(async db =>
        {
            var code = await db.Criteria.Where(c => c.Group!.Territory!.Slug == slug && c.ComponentId != null && c.Status == CriterionStatus.Approved)
                .GroupBy(c => c.Component!.Code).Where(g => g.Count() >= atLeast).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            var ids = await db.Criteria.Where(c => c.Group!.Territory!.Slug == slug && c.Component!.Code == code && c.Status == CriterionStatus.Approved)
                .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
            return (code, ids);
        });
}
