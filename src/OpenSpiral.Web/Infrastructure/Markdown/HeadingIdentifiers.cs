using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OpenSpiral.Web.Infrastructure.Markdown;

/// <summary>
/// Gives each heading an anchor, as GitHub does ("Housing and places" becomes <c>housing-and-places</c>, the second
/// one <c>housing-and-places-1</c>), in one pass: Markdig's own extension looks for a free number from 1 up for
/// every repeated heading, so fifty thousand identical headings took minutes.
/// </summary>
internal static class HeadingIdentifiers
{
    public static void Assign(MarkdownDocument document)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var nextNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var name = LinkHelper.UrilizeAsGfm(Text(heading));
            if (name.Length == 0)
            {
                name = "section";
            }

            var id = name;
            while (!taken.Add(id))
            {
                var number = nextNumber.GetValueOrDefault(name) + 1;
                nextNumber[name] = number;
                id = $"{name}-{number}";
            }

            heading.GetAttributes().Id = id;
        }
    }

    private static string Text(HeadingBlock heading) =>
        heading.Inline is null
            ? ""
            : string.Concat(heading.Inline.Descendants<Inline>().Select(inline => inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                _ => "",
            }));
}
