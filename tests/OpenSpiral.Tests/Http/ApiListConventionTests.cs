using System.Collections;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Tests.Http;

/// <summary>
/// Every /api/v1 list, found in the application's own routing, follows one convention (Infrastructure/Http/PagedList.cs):
/// ?page= and ?pageSize= with the same bounds and default, the same response shape, and the same 404 for unknown ids.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class ApiListConventionTests(OpenSpiralApplication app)
{
    private const string BoundsMessage = "Pages start at 1 and hold 1 to 200 items.";

    // Not a list of a resource: the three best components for one criterion, ranked.
    private static readonly string[] NotLists = ["/api/v1/criteria/{criterionId:long}/suggestions"];

    [Fact]
    public void Every_api_list_answers_a_paged_list()
    {
        var lists = ListEndpoints();

        Assert.Contains("/api/v1/territories/{territoryId:int}/groups/", lists.Keys);
        Assert.Contains("/api/v1/territories/{territoryId:int}/criteria/", lists.Keys);
        Assert.Empty(lists.Where(e => !e.Value.IsGenericType || e.Value.GetGenericTypeDefinition() != typeof(PagedList<>)).Select(e => $"{e.Key}: {e.Value.Name}"));
    }

    [Fact]
    public async Task Every_api_list_pages_with_the_same_parameters_bounds_default_and_shape()
    {
        var territory = await MatrixTerritory.LoadAsync(app, "Mulhouse", DemoData.Territory1Slug, new Dictionary<Caller, Web.Features.Members.TerritoryRole>());
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        var lists = ListEndpoints();
        Assert.True(lists.Count >= 5, $"Only {lists.Count} lists found.");

        foreach (var url in lists.Keys.Select(pattern => Url(pattern, territory)))
        {
            using var first = await client.GetAsync(url);
            Assert.True(first.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)first.StatusCode}.");
            var body = JsonSerializer.Deserialize<JsonElement>(await first.Content.ReadAsStringAsync());
            Assert.Equal(["items", "page", "pageSize", "total", "pageCount"], body.EnumerateObject().Select(p => p.Name));
            Assert.Equal(1, body.GetProperty("page").GetInt32());
            Assert.Equal(Paging.DefaultPageSize, body.GetProperty("pageSize").GetInt32());
            Assert.Equal(Math.Min(body.GetProperty("total").GetInt32(), Paging.DefaultPageSize), body.GetProperty("items").GetArrayLength());

            using var one = await client.GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "page=1&pageSize=1");
            var page = JsonSerializer.Deserialize<JsonElement>(await one.Content.ReadAsStringAsync());
            Assert.Equal(1, page.GetProperty("pageSize").GetInt32());
            Assert.Equal(body.GetProperty("total").GetInt32(), page.GetProperty("total").GetInt32());
            Assert.Equal(Math.Min(1, body.GetProperty("total").GetInt32()), page.GetProperty("items").GetArrayLength());

            using var wrong = await client.GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "page=0&pageSize=201");
            var problem = await Problems.AssertValidationProblemAsync(wrong, "page", "pageSize");
            Assert.Equal(BoundsMessage, problem.GetProperty("errors").GetProperty("page")[0].GetString());
            Assert.Equal(BoundsMessage, problem.GetProperty("errors").GetProperty("pageSize")[0].GetString());
        }
    }

    [Fact]
    public async Task Every_territory_list_answers_an_unknown_id_and_another_territorys_id_alike()
    {
        var otherTerritoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var administrator = await app.CreateBearerClientAsync(DemoData.Administrator);
        using var outsider = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        var lists = ListEndpoints().Keys.Where(p => p.Contains("{territoryId", StringComparison.Ordinal)).ToList();
        Assert.True(lists.Count >= 3, $"Only {lists.Count} territory lists found.");

        foreach (var pattern in lists)
        {
            using var unknown = await administrator.GetAsync(Url(pattern, int.MaxValue));
            var notFound = await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
            Assert.Equal("Not Found", notFound.GetProperty("title").GetString());

            using var unknownToOutsider = await outsider.GetAsync(Url(pattern, int.MaxValue));
            using var otherToOutsider = await outsider.GetAsync(Url(pattern, otherTerritoryId));
            Assert.Equal(unknownToOutsider.StatusCode, otherToOutsider.StatusCode);
            Assert.Equal(Shape(await unknownToOutsider.Content.ReadAsStringAsync()), Shape(await otherToOutsider.Content.ReadAsStringAsync()));
        }
    }

    /// <summary>GET /api/v1 endpoints whose 200 answer is a collection, by route pattern, with that answer's type.</summary>
    private Dictionary<string, Type> ListEndpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Where(e => !NotLists.Contains(e.RoutePattern.RawText))
            .Select(e => (Pattern: e.RoutePattern.RawText!, Type: e.Metadata.OfType<IProducesResponseTypeMetadata>().FirstOrDefault(m => m.StatusCode == StatusCodes.Status200OK)?.Type))
            .Where(e => e.Type is not null && e.Type != typeof(string) && (typeof(IEnumerable).IsAssignableFrom(e.Type) || (e.Type.IsGenericType && e.Type.GetGenericTypeDefinition() == typeof(PagedList<>))))
            .ToDictionary(e => e.Pattern, e => e.Type!);

    private static string Url(string pattern, int territoryId) =>
        pattern.Replace("{territoryId:int}", territoryId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    // Lists under an action, a plan or a commitment take the territory's row of that kind; a wiki page's, the seeded overview;
    // comments, which always belong to one target, the territory's.
    private static string Url(string pattern, MatrixTerritory territory) =>
        territory.WorkIds.Aggregate(
            pattern.Replace("/wiki/{slug}", "/wiki/spiral-method", StringComparison.Ordinal)
                .Replace("/translations/{language}", "/translations/fr", StringComparison.Ordinal)
                .Replace("/api/v1/comments/", $"/api/v1/comments/?target=territory:{territory.Id}", StringComparison.Ordinal)
                .Replace("{territoryId:int}", territory.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            (url, work) => url.Replace($"{{{work.Key}:int}}", work.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    // A problem's traceId differs between two requests; everything else must not.
    private static string Shape(string body) =>
        body.Length == 0 ? "" : string.Join(",", JsonSerializer.Deserialize<JsonElement>(body).EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
}
