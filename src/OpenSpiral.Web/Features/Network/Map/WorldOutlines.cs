using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenSpiral.Web.Features.Network.Map;

/// <summary>
/// The countries of Natural Earth at 1:110m (the world-atlas package, vendored under wwwroot/lib/world-atlas),
/// decoded once and projected once per extent into one SVG path.
/// </summary>
public sealed class WorldOutlines
{
    private readonly Lazy<List<CountryOutline>> _countries = new(Load);
    private readonly ConcurrentDictionary<MapExtent, string> _paths = new();

    public IReadOnlyList<CountryOutline> Countries => _countries.Value;

    /// <summary>The "d" attribute of a path drawing every country that touches <paramref name="extent"/>.</summary>
    public string PathFor(MapExtent extent) => _paths.GetOrAdd(extent, e => Draw(Countries, e));

    public static string Draw(IEnumerable<CountryOutline> countries, MapExtent extent)
    {
        var d = new StringBuilder();
        foreach (var ring in countries.Where(extent.Touches).SelectMany(c => c.Rings))
        {
            var previous = "";
            for (var i = 0; i < ring.Count; i++)
            {
                var (x, y) = extent.Project(ring[i]);
                var point = string.Create(CultureInfo.InvariantCulture, $"{x:0.#} {y:0.#}");
                if (point == previous)
                {
                    continue;
                }

                d.Append(i == 0 ? 'M' : 'L').Append(point);
                previous = point;
            }

            d.Append('Z');
        }

        return d.ToString();
    }

    private static List<CountryOutline> Load()
    {
        using var stream = typeof(WorldOutlines).Assembly.GetManifestResourceStream("OpenSpiral.Web.countries-110m.json")
            ?? throw new InvalidOperationException("The country outlines are not embedded.");
        using var topology = JsonDocument.Parse(stream);
        return TopoJson.ReadPolygons(topology.RootElement, "countries");
    }
}
