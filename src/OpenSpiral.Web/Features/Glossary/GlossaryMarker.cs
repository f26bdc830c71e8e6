using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OpenSpiral.Web.Features.Glossary;

/// <summary>
/// Marks glossary terms in sanitised HTML: the first occurrence of each term (whole word, any case,
/// never inside a link, code or a heading) becomes a <c>dfn</c> that can take the keyboard focus, followed by
/// its definition in a tooltip and a link to the term in the glossary. The definition goes in as text,
/// so whatever a member wrote in it is shown, never interpreted.
/// </summary>
public static class GlossaryMarker
{
    private static readonly HashSet<string> Untouched = new(StringComparer.OrdinalIgnoreCase) { "a", "code", "pre", "kbd", "h1", "h2", "h3", "h4", "h5", "h6", "dfn", "script", "style", "textarea" };

    private static readonly HtmlParser Parser = new();

    /// <param name="html">Sanitised HTML.</param>
    /// <param name="terms">The terms of the text's language.</param>
    /// <param name="link">The address of a term in the glossary, from its key.</param>
    /// <param name="linkText">The text of that link ("In the glossary").</param>
    /// <param name="nextId">Gives a page-wide unique number for each tooltip's id.</param>
    /// <param name="exceptKey">A term not to mark (on its own page).</param>
    /// <param name="linkLanguage">The language of <paramref name="linkText"/> (the interface's), which may not be the text's.</param>
    public static string Mark(string html, GlossaryTermSet terms, Func<string, string> link, string linkText, Func<int> nextId, string? exceptKey = null, string? linkLanguage = null)
    {
        if (terms.Pattern is null || html.Length == 0)
        {
            return html;
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><html><body><div></div></body></html>");
        var root = document.Body!.FirstElementChild!;
        root.InnerHtml = html;
        var marked = new HashSet<string>(StringComparer.Ordinal);
        if (exceptKey is not null)
        {
            marked.Add(exceptKey);
        }

        var any = false;
        foreach (var text in TextNodes(root).ToList())
        {
            any |= MarkIn(text, document, terms, marked, link, linkText, nextId, linkLanguage);
        }

        return any ? root.InnerHtml : html;
    }

    private static IEnumerable<IText> TextNodes(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                yield return text;
            }
            else if (child is IElement element && !Untouched.Contains(element.LocalName))
            {
                foreach (var inner in TextNodes(element))
                {
                    yield return inner;
                }
            }
        }
    }

    private static bool MarkIn(IText text, IDocument document, GlossaryTermSet terms, HashSet<string> marked, Func<string, string> link, string linkText, Func<int> nextId, string? linkLanguage)
    {
        var any = false;
        var current = text;
        var match = terms.Pattern!.Match(current.Data);
        while (match.Success)
        {
            var term = terms.Find(match.Value);
            if (term is null || !marked.Add(term.Key))
            {
                match = match.NextMatch();
                continue;
            }

            // Split "before [term] after": the term's text node moves into the mark, "after" is searched next.
            var rest = current.Split(match.Index);
            var after = rest.Split(match.Length);
            var id = $"gloss-{term.Key}-{nextId()}";
            var mark = document.CreateElement("span");
            mark.ClassName = "glossary-mark";
            var dfn = document.CreateElement("dfn");
            dfn.ClassName = "glossary-term";
            dfn.SetAttribute("tabindex", "0");
            dfn.SetAttribute("aria-describedby", id);
            rest.Parent!.ReplaceChild(mark, rest);
            dfn.AppendChild(rest);
            var tip = document.CreateElement("span");
            tip.ClassName = "glossary-tip";
            tip.Id = id;
            tip.SetAttribute("role", "tooltip");
            tip.TextContent = term.Definition + " ";
            var more = document.CreateElement("a");
            more.SetAttribute("href", link(term.Key));
            more.TextContent = linkText;
            if (linkLanguage is not null)
            {
                more.SetAttribute("lang", linkLanguage);
            }

            tip.AppendChild(more);
            mark.AppendChild(dfn);
            mark.AppendChild(tip);
            any = true;
            current = after;
            match = terms.Pattern.Match(current.Data);
        }

        return any;
    }
}
