using System.Text.Json;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>A figure as a page shows it: <see cref="ExportUrl"/> (without the format) links its table's CSV and XLSX files.</summary>
public sealed record FigureView(SynthesisFigure Figure, string? ExportUrl, int HeadingLevel = 2)
{
    public string? ChartJson => Figure.Chart is null ? null : JsonSerializer.Serialize(Figure.Chart, JsonSerializerOptions.Web);

    public static string Export(string slug, string table, int? groupId = null, string? profile = null)
    {
        var url = $"/territories/{slug}/workspace/synthesis/export?table={table}";
        if (groupId is not null)
        {
            url += $"&groupId={groupId}";
        }

        if (!string.IsNullOrEmpty(profile))
        {
            url += $"&profile={Uri.EscapeDataString(profile)}";
        }

        return url;
    }
}
