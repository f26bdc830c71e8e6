using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>A workspace page about one round table of the territory named by the slug.</summary>
public abstract class RoundTablePageModel : TerritoryPageModel
{
    public RoundTableResponse RoundTable { get; private set; } = null!;

    /// <summary>The territory and its round table, or false when either is missing or they do not belong together.</summary>
    protected async Task<bool> LoadRoundTableAsync(string slug, int roundTableId, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return false;
        }

        var roundTable = await HttpContext.RequestServices.GetRequiredService<RoundTableReader>().FindAsync(roundTableId, cancellationToken);
        if (roundTable is null || roundTable.TerritoryId != territory.Id)
        {
            return false;
        }

        RoundTable = roundTable;
        return true;
    }
}
