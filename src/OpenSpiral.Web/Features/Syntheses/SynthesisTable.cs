namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>
/// A table of a synthesis, as shown under its chart and as exported: cells are strings, integers
/// or <see cref="Share"/> percentages. <see cref="RowHeader"/> is the column that names each row.
/// <see cref="Links"/>, beside the rows, opens the criteria behind a cell (pages only; exports leave it out).
/// </summary>
public sealed record SynthesisTable(
    string Key, string Caption, IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, int RowHeader = 0, IReadOnlyList<IReadOnlyList<string?>>? Links = null)
{
    public string? Link(int row, int column) => Links is { } links && row < links.Count && column < links[row].Count ? links[row][column] : null;
}

public sealed record TableColumn(string Header, bool Numeric = false);

/// <summary>A percentage with one decimal, e.g. 12.5 for 12.5 %.</summary>
public readonly record struct Share(decimal Percent)
{
    public static Share Of(int part, int whole) => new(whole == 0 ? 0m : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero));

    public override string ToString() => Percent.ToString("0.0", System.Globalization.CultureInfo.CurrentCulture) + " %";
}
