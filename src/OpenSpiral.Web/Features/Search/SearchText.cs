using System.Text;
using System.Text.RegularExpressions;

namespace OpenSpiral.Web.Features.Search;

/// <summary>
/// Turns what a visitor typed into something each database's full-text search accepts, whatever it holds:
/// words and "quoted phrases" are kept, every operator and stray character is dropped, so that no input
/// can make a query fail.
/// </summary>
public static partial class SearchText
{
    /// <summary>The longest search accepted (a longer one is refused with a message, never cut silently).</summary>
    public const int MaxLength = 200;

    /// <summary>The words and phrases of <paramref name="text"/>: each phrase is its words, in order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Terms(string? text)
    {
        var terms = new List<IReadOnlyList<string>>();
        foreach (Match match in TermPattern().Matches(text ?? ""))
        {
            var words = WordPattern().Matches(match.Groups["phrase"].Success ? match.Groups["phrase"].Value : match.Value).Select(m => m.Value).ToList();
            if (words.Count > 0)
            {
                terms.Add(words);
            }
        }

        return terms;
    }

    /// <summary>An FTS5 query: every word or phrase quoted (so nothing is an operator), all of them required.</summary>
    public static string ToFts5(IReadOnlyList<IReadOnlyList<string>> terms) =>
        string.Join(" ", terms.Select(words => "\"" + string.Join(" ", words) + "\""));

    /// <summary>The input for PostgreSQL's websearch_to_tsquery: the same words and phrases, nothing else.</summary>
    public static string ToWebSearch(IReadOnlyList<IReadOnlyList<string>> terms) =>
        string.Join(" ", terms.Select(words => words.Count == 1 ? words[0] : "\"" + string.Join(" ", words) + "\""));

    /// <summary>The text without control characters, the snippets' markers among them.</summary>
    public static string Clean(string? text)
    {
        var builder = new StringBuilder(text?.Length ?? 0);
        foreach (var c in (text ?? "").Trim())
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"?|[^\\s\"]+")]
    private static partial Regex TermPattern();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex WordPattern();
}
