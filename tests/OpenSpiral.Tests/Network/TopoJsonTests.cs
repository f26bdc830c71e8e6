using System.Text.Json;
using OpenSpiral.Web.Features.Network.Map;

namespace OpenSpiral.Tests.Network;

public sealed class TopoJsonTests
{
    // Two quantized arcs: positions are deltas from the previous one, then scaled and translated.
    private const string Topology = """
        {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[10,40]},
         "arcs":[[[0,0],[4,0],[0,8]],[[0,0],[0,8],[4,0]]],
         "objects":{"countries":{"type":"GeometryCollection","geometries":[
            {"type":"Polygon","arcs":[[0,-2]],"properties":{"name":"Square"}},
            {"type":null,"properties":{"name":"Nothing"}}]}}}
        """;

    [Fact]
    public void Arcs_are_delta_decoded_then_transformed()
    {
        using var topology = JsonDocument.Parse(Topology);

        var arcs = TopoJson.DecodeArcs(topology.RootElement);

        Assert.Equal([new GeoPoint(10, 40), new GeoPoint(12, 40), new GeoPoint(12, 42)], arcs[0]);
        Assert.Equal([new GeoPoint(10, 40), new GeoPoint(10, 42), new GeoPoint(12, 42)], arcs[1]);
    }

    [Fact]
    public void A_ring_joins_its_arcs_reversing_negative_ones_without_repeating_the_shared_point()
    {
        using var topology = JsonDocument.Parse(Topology);

        var outlines = TopoJson.ReadPolygons(topology.RootElement, "countries");

        var square = Assert.Single(outlines);
        Assert.Equal("Square", square.Name);
        Assert.Equal([new GeoPoint(10, 40), new GeoPoint(12, 40), new GeoPoint(12, 42), new GeoPoint(10, 42), new GeoPoint(10, 40)], Assert.Single(square.Rings));
    }

    [Fact]
    public void The_projection_places_Europe_on_a_thousand_unit_wide_drawing_north_up()
    {
        var europe = MapExtent.Europe;

        Assert.Equal((0, 0), europe.Project(-25, 72));
        Assert.Equal(1000, europe.Project(45, 72).X, 6);
        Assert.Equal(europe.Height, europe.Project(-25, 34).Y, 1);
        Assert.True(europe.Project(7.34, 47.75).Y < europe.Project(14.5, 35.9).Y);
    }

    [Fact]
    public void The_bundled_world_atlas_decodes_into_the_countries_of_Natural_Earth()
    {
        var world = new WorldOutlines();

        Assert.Equal(177, world.Countries.Count);
        var france = world.Countries.Single(c => c.Name == "France");
        Assert.Contains(france.Rings, ring => ring.Any(p => p.Longitude is > 2 and < 3 && p.Latitude is > 50 and < 51.2));
        Assert.StartsWith("M", world.PathFor(MapExtent.Europe));
        Assert.Same(world.PathFor(MapExtent.Europe), world.PathFor(MapExtent.Europe));
    }
}
