using System.Net;
using System.Text.RegularExpressions;

namespace OpenSpiral.Tests.Surveys;

/// <summary>Reads the tables of a results page as their cells' text.</summary>
public static partial class SurveyResultsHtml
{
    /// <summary>The body rows of the table captioned <paramref name="caption"/>, each as its cells' decoded text.</summary>
    public static List<string[]> Rows(string html, string caption)
    {
        var table = Tables().Matches(html).FirstOrDefault(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim() == caption);
        Assert.True(table is not null, $"No table captioned \"{caption}\".");
        var body = Body().Match(table.Groups[2].Value).Groups[1].Value;
        return [.. Row().Matches(body).Select(r => Cell().Matches(r.Groups[1].Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value).Trim()).ToArray())];
    }

    [GeneratedRegex("<table>\\s*<caption>(.*?)</caption>(.*?)</table>", RegexOptions.Singleline)]
    private static partial Regex Tables();

    [GeneratedRegex("<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
