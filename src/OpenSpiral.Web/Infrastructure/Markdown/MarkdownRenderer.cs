using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace OpenSpiral.Web.Infrastructure.Markdown;

/// <summary>
/// Turns the Markdown that members write (wiki pages, articles) into HTML that cannot run script: raw HTML
/// in the source is escaped by Markdig, and the result goes through an allow-list sanitizer that keeps only
/// http(s), mailto and relative links, no event attributes, no styles and no executable data: URLs.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>The most Markdown rendered at once; longer sources are refused by the features before saving.</summary>
    public const int MaxSourceLength = 200_000;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseTaskLists()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "ins", "mark", "sub", "sup",
                "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td",
                "input",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "src", "alt", "id", "align", "start", "type", "checked", "disabled",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        _sanitizer = new HtmlSanitizer(options);
        _sanitizer.PostProcessNode += (_, e) =>
        {
            // Task-list checkboxes are shown, never edited; links written by members open as plain links.
            if (e.Node is AngleSharp.Html.Dom.IHtmlInputElement input)
            {
                if (!string.Equals(input.Type, "checkbox", StringComparison.OrdinalIgnoreCase))
                {
                    input.Remove();
                }
                else
                {
                    input.IsDisabled = true;
                }
            }
            else if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement anchor && anchor.GetAttribute("href") is { } href
                && !href.StartsWith('#') && !href.StartsWith('/'))
            {
                anchor.SetAttribute("rel", "nofollow noopener");
            }
        };
        _sanitizer.AllowedAttributes.Add("rel");
    }

    /// <summary>The sanitised HTML of <paramref name="markdown"/>, safe to write into a page as is.</summary>
    public HtmlString Render(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return HtmlString.Empty;
        }

        var html = Markdig.Markdown.ToHtml(markdown, Pipeline);
        return new HtmlString(_sanitizer.Sanitize(html).Trim());
    }

    /// <summary>The plain text of <paramref name="markdown"/> (for search, feeds and summaries).</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? "" : Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();
}
