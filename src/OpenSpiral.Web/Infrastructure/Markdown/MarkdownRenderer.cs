using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace OpenSpiral.Web.Infrastructure.Markdown;

/// <summary>
/// Turns the Markdown that members write (wiki pages, articles) into HTML that cannot run script: raw HTML
/// in the source is escaped by Markdig, and the result goes through an allow-list sanitizer that keeps only
/// http(s), mailto and relative links, no event attributes, no styles and no executable data: URLs.
/// </summary>
public sealed class MarkdownRenderer : IDisposable
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
        .Build();

    /// <summary>
    /// Texts at least this long are laid out once, on a worker, and kept: some Markdown takes a time that grows
    /// with the square of its length (thousands of unclosed <c>[a](</c>, of bare addresses), and a page is
    /// shown to anyone. Shorter texts cost at most milliseconds, whatever they hold.
    /// </summary>
    public const int LongTextLength = 10_000;

    /// <summary>How long a page waits for a long text's layout before showing it as written.</summary>
    public TimeSpan LayoutWait { get; init; } = TimeSpan.FromSeconds(2);

    // Long texts' layouts, by their source; sized in characters (source and about three times as much HTML).
    private readonly MemoryCache _layouts = new(new MemoryCacheOptions { SizeLimit = 40_000_000 });

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

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        HeadingIdentifiers.Assign(document);
        return new HtmlString(_sanitizer.Sanitize(document.ToHtml(Pipeline)).Trim());
    }

    /// <summary>
    /// <see cref="Render"/> for a page: a long text is laid out once on a worker and kept, and if its layout takes
    /// longer than <see cref="LayoutWait"/> the answer is <c>null</c> (the page shows the text as written, and the
    /// layout is ready for a later visit). A visitor can thus never keep a processor busy by reloading a page.
    /// </summary>
    public async Task<HtmlString?> RenderForPageAsync(string? markdown, CancellationToken cancellationToken)
    {
        if (markdown is null || markdown.Length < LongTextLength)
        {
            return Render(markdown);
        }

        var layout = _layouts.GetOrCreate(markdown, entry =>
        {
            entry.Size = markdown.Length * 4L;
            entry.SlidingExpiration = TimeSpan.FromHours(6);
            return Task.Run(() => Render(markdown), CancellationToken.None);
        })!;
        try
        {
            return await layout.WaitAsync(LayoutWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <summary>The plain text of <paramref name="markdown"/> (for search, feeds and summaries).</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? "" : Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();

    public void Dispose() => _layouts.Dispose();
}
