using System.Text.Json;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>A figure as a page shows it: <see cref="CsvUrl"/> and <see cref="XlsxUrl"/> download its table.</summary>
public sealed record FigureView(SynthesisFigure Figure, string? CsvUrl, string? XlsxUrl, int HeadingLevel = 2)
{
    /// <summary>The page that exports a synthesis table, by page name.</summary>
    public const string ExportPage = "/Syntheses/Export";

    public string? ChartJson => Figure.Chart is null ? null : JsonSerializer.Serialize(Figure.Chart, JsonSerializerOptions.Web);

    /// <summary>The route values of the export of <paramref name="table"/> in <paramref name="format"/>, with the page's filters.</summary>
    public static RouteValueDictionary Export(string slug, string table, string format, int? groupId = null, string? profile = null)
    {
        var values = new RouteValueDictionary { ["slug"] = slug, ["table"] = table };
        if (groupId is not null)
        {
            values["groupId"] = groupId;
        }

        if (!string.IsNullOrEmpty(profile))
        {
            values["profile"] = profile;
        }

        values["format"] = format;
        return values;
    }
}
