using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Indicators;

/// <summary>A workspace page about one indicator of the territory named by the slug.</summary>
public abstract class IndicatorPageModel : TerritoryPageModel
{
    public IndicatorResponse Indicator { get; private set; } = null!;

    /// <summary>The territory and its indicator, or false when either is missing or they do not belong together.</summary>
    protected async Task<bool> LoadIndicatorAsync(string slug, int indicatorId, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return false;
        }

        var indicator = await HttpContext.RequestServices.GetRequiredService<IndicatorReader>().FindAsync(indicatorId, cancellationToken);
        if (indicator is null || indicator.TerritoryId != territory.Id)
        {
            return false;
        }

        Indicator = indicator;
        return true;
    }
}
