using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Territories;

/// <summary>
/// A workspace page of the territory named by the route's slug. The territory is read once per
/// request: the territory policy has usually loaded it already (see <see cref="TerritoryAccess"/>).
/// </summary>
public abstract class TerritoryPageModel : PageModel
{
    /// <summary>The page's territory (header and tabs); set by <see cref="LoadTerritoryAsync"/>.</summary>
    public WorkspaceTerritory Territory { get; private set; } = null!;

    /// <summary>The territory of <paramref name="slug"/>, or null when there is none (the page then answers NotFound()).</summary>
    protected async Task<WorkspaceTerritory?> LoadTerritoryAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await HttpContext.RequestServices.GetRequiredService<TerritoryAccess>().FindWorkspaceTerritoryAsync(slug, cancellationToken);
        if (territory is not null)
        {
            Territory = territory;
        }

        return territory;
    }
}
