using System.Net;
using System.Text;

namespace OpenSpiral.Web.Features.Search;

/// <summary>
/// A title or an extract with the matched words marked. The databases put two control characters
/// around each match (the indexed text never holds any); the text between is only ever encoded.
/// </summary>
public sealed record SearchSnippet(IReadOnlyList<SearchSnippet.Part> Parts)
{
    public const char Start = '\u0001';
    public const char Stop = '\u0002';

    public sealed record Part(string Text, bool Marked);

    public static SearchSnippet Parse(string? marked)
    {
        var parts = new List<Part>();
        var rest = marked ?? "";
        while (rest.Length > 0)
        {
            var start = rest.IndexOf(Start, StringComparison.Ordinal);
            if (start < 0)
            {
                parts.Add(new Part(rest, false));
                break;
            }

            if (start > 0)
            {
                parts.Add(new Part(rest[..start], false));
            }

            var stop = rest.IndexOf(Stop, start + 1);
            var end = stop < 0 ? rest.Length : stop;
            if (end > start + 1)
            {
                parts.Add(new Part(rest[(start + 1)..end], true));
            }

            rest = stop < 0 ? "" : rest[(stop + 1)..];
        }

        return new SearchSnippet([.. parts.Select(p => p with { Text = p.Text.Replace(Stop, ' ') })]);
    }

    public string Text => string.Concat(Parts.Select(p => p.Text));

    /// <summary>HTML where only the &lt;mark&gt; elements are markup: everything else is encoded.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var part in Parts)
        {
            var encoded = WebUtility.HtmlEncode(part.Text);
            html.Append(part.Marked ? $"<mark>{encoded}</mark>" : encoded);
        }

        return html.ToString();
    }
}
