using System.Text.Json;

namespace OpenSpiral.Web.Features.Network.Map;

/// <summary>A country's outline: its name and its rings of (longitude, latitude) points.</summary>
public sealed record CountryOutline(string Name, IReadOnlyList<IReadOnlyList<GeoPoint>> Rings);

public readonly record struct GeoPoint(double Longitude, double Latitude);

/// <summary>
/// Reads the polygons of one object of a TopoJSON topology (https://github.com/topojson/topojson-specification):
/// quantized arcs are delta-encoded, then scaled and translated by the topology's transform; a ring
/// lists arc indexes, a negative index ~i meaning arc i reversed, and consecutive arcs share their joining point.
/// </summary>
public static class TopoJson
{
    public static List<CountryOutline> ReadPolygons(JsonElement topology, string objectName)
    {
        var arcs = DecodeArcs(topology);
        var outlines = new List<CountryOutline>();
        foreach (var geometry in topology.GetProperty("objects").GetProperty(objectName).GetProperty("geometries").EnumerateArray())
        {
            var name = geometry.TryGetProperty("properties", out var properties) && properties.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
            var type = geometry.TryGetProperty("type", out var t) ? t.GetString() : null;
            var polygons = type switch
            {
                "Polygon" => [geometry.GetProperty("arcs")],
                "MultiPolygon" => geometry.GetProperty("arcs").EnumerateArray().ToList(),
                _ => [],
            };
            var rings = polygons.SelectMany(polygon => polygon.EnumerateArray()).Select(ring => Ring(ring, arcs)).ToList();
            if (rings.Count > 0)
            {
                outlines.Add(new CountryOutline(name, rings));
            }
        }

        return outlines;
    }

    /// <summary>Every arc in absolute coordinates: positions are summed from their deltas, then transformed.</summary>
    public static List<GeoPoint[]> DecodeArcs(JsonElement topology)
    {
        var (scaleX, scaleY, translateX, translateY) = (1.0, 1.0, 0.0, 0.0);
        if (topology.TryGetProperty("transform", out var transform))
        {
            var scale = transform.GetProperty("scale");
            var translate = transform.GetProperty("translate");
            (scaleX, scaleY) = (scale[0].GetDouble(), scale[1].GetDouble());
            (translateX, translateY) = (translate[0].GetDouble(), translate[1].GetDouble());
        }

        var quantized = topology.TryGetProperty("transform", out _);
        var arcs = new List<GeoPoint[]>();
        foreach (var arc in topology.GetProperty("arcs").EnumerateArray())
        {
            var points = new GeoPoint[arc.GetArrayLength()];
            double x = 0, y = 0;
            var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                if (quantized)
                {
                    x += position[0].GetDouble();
                    y += position[1].GetDouble();
                    points[i++] = new GeoPoint(x * scaleX + translateX, y * scaleY + translateY);
                }
                else
                {
                    points[i++] = new GeoPoint(position[0].GetDouble(), position[1].GetDouble());
                }
            }

            arcs.Add(points);
        }

        return arcs;
    }

    private static List<GeoPoint> Ring(JsonElement indexes, List<GeoPoint[]> arcs)
    {
        var ring = new List<GeoPoint>();
        foreach (var index in indexes.EnumerateArray().Select(i => i.GetInt32()))
        {
            IEnumerable<GeoPoint> points = index >= 0 ? arcs[index] : arcs[~index].Reverse();
            ring.AddRange(ring.Count == 0 ? points : points.Skip(1));
        }

        return ring;
    }
}
