namespace OpenSpiral.Web.Features.Surveys;

/// <summary>
/// The figures of one group of respondents for one indicator. A hidden figure is null: the numbers
/// behind it never leave the service, so no page, export or API answer can show them.
/// </summary>
public sealed record ResultCell(
    bool Suppressed,
    int? Answered,
    IReadOnlyList<int>? Distribution,
    decimal? IllBeingShare,
    decimal? WellBeingShare,
    int? WishedAnswered,
    IReadOnlyList<int>? Wished,
    int? DistanceAnswered,
    decimal? MeanDistance)
{
    public static readonly ResultCell Hidden = new(true, null, null, null, null, null, null, null, null);

    /// <summary>The figures of <paramref name="tally"/>, each part shown only where allowed.</summary>
    public static ResultCell From(ResultTally tally, bool hideCurrent, bool hideWished, bool hideDistance)
    {
        if (hideCurrent)
        {
            return Hidden;
        }

        var answered = tally.Answered;
        return new ResultCell(
            false,
            answered,
            [.. tally.Current],
            Fraction(tally.Current[0] + tally.Current[1], answered),
            Fraction(tally.Current[3] + tally.Current[4], answered),
            hideWished ? null : tally.WishedAnswered,
            hideWished ? null : [.. tally.Wished],
            hideDistance ? null : tally.BothAnswered,
            hideDistance || tally.BothAnswered == 0 ? null : Trim(Math.Round((decimal)tally.DistanceSum / tally.BothAnswered, 2, MidpointRounding.AwayFromZero)));
    }

    /// <summary>A share as a fraction of 1 with at most four decimals (0.25 for a quarter).</summary>
    public static decimal Fraction(int part, int whole) =>
        whole == 0 ? 0m : Trim(Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero));

    // 0.5000 is written 0.5 in JSON.
    private static decimal Trim(decimal value) => value / 1.0000000000000000000000000000m;
}

/// <summary>Counts gathered from the GROUP BY rows of one group of respondents for one indicator.</summary>
public sealed class ResultTally
{
    public int[] Current { get; } = new int[5];
    public int[] Wished { get; } = new int[5];
    public int BothAnswered { get; private set; }
    public int DistanceSum { get; private set; }

    public int Answered => Current.Sum();
    public int WishedAnswered => Wished.Sum();

    public void Add(int? current, int? wished, int count)
    {
        if (current is >= 1 and <= 5)
        {
            Current[current.Value - 1] += count;
        }

        if (wished is >= 1 and <= 5)
        {
            Wished[wished.Value - 1] += count;
        }

        if (current is >= 1 and <= 5 && wished is >= 1 and <= 5)
        {
            BothAnswered += count;
            DistanceSum += (wished.Value - current.Value) * count;
        }
    }
}
