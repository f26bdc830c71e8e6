using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>A page's address: lower-case letters, digits and single hyphens; "new" is the creation page's.</summary>
public static partial class WikiSlugs
{
    public const string Reserved = "new";

    public static bool IsValid(string? slug) =>
        slug is { Length: > 0 and <= WikiPage.MaxSlugLength } && slug != Reserved && Pattern().IsMatch(slug);

    /// <summary>"Les groupes homogènes !" gives "les-groupes-homogenes".</summary>
    public static string Suggest(string? title)
    {
        var decomposed = (title ?? "").Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            kept.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = Hyphens().Replace(kept.ToString(), "-").Trim('-');
        if (slug.Length > WikiPage.MaxSlugLength)
        {
            slug = slug[..WikiPage.MaxSlugLength].TrimEnd('-');
        }

        return slug.Length == 0 || slug == Reserved ? "page" : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}
