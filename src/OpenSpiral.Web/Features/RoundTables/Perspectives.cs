namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>The perspectives and effects of a round table, with the names the API uses and the words the pages show.</summary>
public static class Perspectives
{
    public const int MinEffect = -2;
    public const int MaxEffect = 2;
    public const int MaxCount = 10000;

    public static readonly IReadOnlyList<Perspective> All = Enum.GetValues<Perspective>();

    public static readonly IReadOnlyList<int> Effects = [-2, -1, 0, 1, 2];

    /// <summary>The API's name: beneficiary, carrier, partner, citizen, other.</summary>
    public static string Name(Perspective perspective) => perspective.ToString().ToLowerInvariant();

    public static Perspective? Parse(string? name) =>
        All.Cast<Perspective?>().FirstOrDefault(p => string.Equals(Name(p!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The resource key of a perspective's participants, as the pages name them.</summary>
    public static string Label(Perspective perspective) => perspective switch
    {
        Perspective.Beneficiary => "Beneficiaries",
        Perspective.Carrier => "Carriers",
        Perspective.Partner => "Partners",
        Perspective.Citizen => "Citizens",
        _ => "Others",
    };

    /// <summary>The resource key of an effect's label.</summary>
    public static string EffectLabel(int effect) => effect switch
    {
        -2 => "Clearly negative",
        -1 => "Rather negative",
        0 => "No visible effect",
        1 => "Rather positive",
        _ => "Clearly positive",
    };

    /// <summary>An effect as a signed number: −2, −1, 0, +1, +2.</summary>
    public static string WithSign(int effect) => effect switch
    {
        > 0 => "+" + effect.ToString(System.Globalization.CultureInfo.InvariantCulture),
        < 0 => "\u2212" + (-effect).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "0",
    };
}
