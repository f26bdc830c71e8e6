namespace OpenSpiral.Web.Features.Network.Map;

/// <summary>
/// A part of the world drawn in an equirectangular projection whose longitudes are shrunk by the
/// cosine of a standard parallel, so that Europe keeps its usual shape. The drawing is
/// <see cref="Width"/> units wide, north up.
/// </summary>
public sealed record MapExtent(string Name, double West, double East, double South, double North, double StandardParallel)
{
    public const double Width = 1000;

    public static readonly MapExtent Europe = new("europe", -25, 45, 34, 72, 50);
    public static readonly MapExtent World = new("world", -180, 180, -60, 85, 0);

    // Units per degree of latitude; a degree of longitude is that times the cosine of the standard parallel.
    private double Scale => Width / ((East - West) * Math.Cos(StandardParallel * Math.PI / 180));

    public double Height => Math.Round((North - South) * Scale, 1);

    public (double X, double Y) Project(GeoPoint point) => Project(point.Longitude, point.Latitude);

    public (double X, double Y) Project(double longitude, double latitude) =>
        ((longitude - West) * Width / (East - West), (North - latitude) * Scale);

    public bool Contains(double longitude, double latitude) => longitude >= West && longitude <= East && latitude >= South && latitude <= North;

    /// <summary>Whether any point of the outline falls in (or near) the extent: the others are not drawn at all.</summary>
    public bool Touches(CountryOutline outline) => outline.Rings.Any(ring => ring.Any(p =>
        p.Longitude >= West - 10 && p.Longitude <= East + 10 && p.Latitude >= South - 10 && p.Latitude <= North + 10));
}
