using System.Globalization;
using System.Text;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>The name of a downloaded table: the territory, the group or profile it is filtered to, then the table.</summary>
public static class ExportFileName
{
    private const int MaxSlugLength = 60;

    public static string For(string territorySlug, string? filter, string table, string format) =>
        string.Join('-', new[] { territorySlug, Slugify(filter), table }.Where(part => part.Length > 0)) + "." + format;

    /// <summary>"Mères isolées (Nord)" becomes "meres-isolees-nord"; letters of other scripts stay, lower-cased.</summary>
    public static string Slugify(string? text)
    {
        var slug = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Normalize(NormalizationForm.FormC);
        return (result.Length > MaxSlugLength ? result[..MaxSlugLength] : result).Trim('-');
    }
}
