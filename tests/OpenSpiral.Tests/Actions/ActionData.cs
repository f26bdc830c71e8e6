using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Ladder;
using OpenSpiral.Web.Features.Plans;
using OpenSpiral.Web.Features.RoundTables;

namespace OpenSpiral.Tests.Actions;

/// <summary>Actions the tests make through the API, and the rows of other parts they hang on an action.</summary>
public static class ActionData
{
    private static readonly string[] OneComponent = ["A03"];

    /// <summary>Creates an action through the API and answers its JSON.</summary>
    public static async Task<JsonObject> CreateAsync(HttpClient client, int territoryId, string? title = null, string status = "running", bool published = false)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/actions", new
        {
            title = title ?? $"Jardin partagé {Guid.NewGuid():N}",
            description = "Un jardin cultivé ensemble.",
            status,
            components = OneComponent,
            published,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The body of a PUT that keeps the action as it is, to change one field of.</summary>
    public static JsonObject Body(JsonObject action)
    {
        var body = (JsonObject)action.DeepClone();
        foreach (var readOnly in new[] { "id", "territoryId", "cycle", "createdAt", "updatedAt" })
        {
            body.Remove(readOnly);
        }

        return body;
    }

    public static Task<int> AddIndicatorAsync(OpenSpiralApplication app, int territoryId) => app.QueryAsync(async db =>
    {
        var indicator = new Indicator { TerritoryId = territoryId, Title = $"Indicateur {Guid.NewGuid():N}", Language = "fr" };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        return indicator.Id;
    });

    /// <summary>A round table evaluating the action, a commitment and a ladder rating on it.</summary>
    public static Task AddRoundTableAsync(OpenSpiralApplication app, int territoryId, int actionId) => app.QueryAsync(async db =>
    {
        db.RoundTables.Add(new RoundTable { TerritoryId = territoryId, ActionId = actionId, Title = "Table ronde", HeldOn = new DateOnly(2026, 5, 1), CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
        return await db.SaveChangesAsync();
    });

    public static Task AddCommitmentAndRatingAsync(OpenSpiralApplication app, int territoryId, int actionId) => app.QueryAsync(async db =>
    {
        db.Commitments.Add(new Commitment { TerritoryId = territoryId, ActionId = actionId, Stakeholder = "Mairie", Description = "Prêter la salle", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
        db.LadderRatings.Add(new LadderRating { TerritoryId = territoryId, ActionId = actionId, Justification = "Co-construite", RatedOn = new DateOnly(2026, 5, 1), CreatedAt = DateTime.UtcNow });
        return await db.SaveChangesAsync();
    });
}
