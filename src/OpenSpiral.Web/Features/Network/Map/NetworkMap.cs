using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Network.Map;

/// <summary>A territory on the map: a link at its projected position.</summary>
public sealed record MapMarker(string Name, string Slug, double X, double Y);

/// <summary>A territory of the list that has no place on the map.</summary>
public sealed record UnplacedTerritory(string Name, string Slug);

/// <summary>What the map partial draws: the outlines, the markers, and who is not on the map or outside this view.</summary>
public sealed record MapView(MapExtent Extent, string Outlines, IReadOnlyList<MapMarker> Markers, IReadOnlyList<UnplacedTerritory> WithoutCoordinates, int OutsideView);

/// <summary>Draws the network map on the server: no tile server, no script needed.</summary>
public sealed class NetworkMap(TerritoryDirectory directory, WorldOutlines outlines)
{
    /// <summary>The territories the directory's filters select, in one statement, placed on <paramref name="extent"/>.</summary>
    public async Task<MapView> DrawAsync(DirectoryFilter filter, MapExtent extent, CancellationToken cancellationToken)
    {
        var territories = await directory.Filter(filter).OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Select(t => new { t.Name, t.Slug, t.Latitude, t.Longitude }).ToListAsync(cancellationToken);
        var markers = new List<MapMarker>();
        var unplaced = new List<UnplacedTerritory>();
        var outside = 0;
        foreach (var t in territories)
        {
            if (t.Latitude is not { } latitude || t.Longitude is not { } longitude)
            {
                unplaced.Add(new UnplacedTerritory(t.Name, t.Slug));
            }
            else if (!extent.Contains(longitude, latitude))
            {
                outside++;
            }
            else
            {
                var (x, y) = extent.Project(longitude, latitude);
                markers.Add(new MapMarker(t.Name, t.Slug, Math.Round(x, 1), Math.Round(y, 1)));
            }
        }

        return new MapView(extent, outlines.PathFor(extent), markers, unplaced, outside);
    }
}
