using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Tests.RoundTables;

/// <summary>Round tables the tests create through the API, and the demo's actions they are held on.</summary>
public static class RoundTableData
{
    public const string CafeDesParents = "Café des parents aux Coteaux";
    public const string BourseAuxLogements = "Bourse aux logements solidaires";
    public const string SportelloCasa = "Sportello casa";

    private static readonly string[] SituationComponents = ["A03", "A05", "A08", "A10"];

    public static Task<int> ActionIdAsync(OpenSpiralApplication app, string title) =>
        app.QueryAsync(db => db.Actions.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());

    /// <summary>A round table on the territory's situation with components A03, A05, A08 and A10 and nobody counted yet.</summary>
    public static async Task<JsonObject> CreateAsync(HttpClient client, int territoryId, object? body = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/round-tables",
            body ?? new { title = "Table ronde sur la situation", heldOn = "2026-11-20", components = SituationComponents });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>
    /// The known dataset: 4 beneficiaries, 1 carrier, 2 partners; A03 seen +2, +1, +2 (agreement), A05 −1 and +1
    /// (divergence), A08 by the carrier only (single view), A10 by nobody.
    /// </summary>
    public static object KnownGrid(int version, bool published = false) => new
    {
        title = "Table ronde sur la situation",
        heldOn = "2026-11-20",
        participants = new Dictionary<string, int> { ["beneficiary"] = 4, ["carrier"] = 1, ["partner"] = 2 },
        assessments = new object[]
        {
            new { component = "A03", perspective = "beneficiary", effect = 2, comment = "Des logements rénovés.", proposal = "Continuer." },
            new { component = "A03", perspective = "carrier", effect = 1, comment = "", proposal = "" },
            new { component = "A03", perspective = "partner", effect = 2, comment = "", proposal = "" },
            new { component = "A05", perspective = "beneficiary", effect = -1, comment = "Trop cher.", proposal = "Aider au loyer." },
            new { component = "A05", perspective = "carrier", effect = 1, comment = "", proposal = "" },
            new { component = "A08", perspective = "carrier", effect = 0, comment = "", proposal = "" },
        },
        notes = "Notes de séance",
        published,
        version,
    };
}
