using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Glossary;
using OpenSpiral.Web.Infrastructure.Localization;
using OpenSpiral.Web.Infrastructure.Markdown;

namespace OpenSpiral.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;markdown text="@Model.Content" lang="fr" /&gt;</c>: a member's Markdown rendered as sanitised HTML
/// in a <c>div class="prose"</c> carrying the text's language. Every page that shows written Markdown uses
/// this one tag, so sanitising and glossary marking happen in one place: the first occurrence of each
/// glossary term of the text's language shows its definition on hover and on keyboard focus.
/// </summary>
[HtmlTargetElement("markdown", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MarkdownTagHelper(MarkdownRenderer renderer, GlossaryCache glossary, IUrlHelperFactory urls, IStringLocalizer<SharedResource> l) : TagHelper
{
    private const string SequenceKey = "glossary-mark-sequence";

    public string? Text { get; set; }

    /// <summary>ISO 639-1 code of the text's language (set as <c>lang</c> on the container; its glossary terms are marked).</summary>
    public string? Lang { get; set; }

    /// <summary>A glossary term's key not to mark (the page of that term).</summary>
    public string? GlossaryExcept { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "prose");
        if (!string.IsNullOrEmpty(Lang))
        {
            output.Attributes.SetAttribute("lang", Lang);
        }

        if (await renderer.RenderForPageAsync(Text, ViewContext.HttpContext.RequestAborted) is not { } html)
        {
            // A long text whose layout is not ready yet: shown as written, encoded, until a later visit.
            var pending = new TagBuilder("p");
            pending.AddCssClass("as-written-note");
            pending.InnerHtml.Append(l["This long text is still being laid out: it is shown as written. Reload the page in a moment."]);
            var source = new TagBuilder("div");
            source.AddCssClass("as-written");
            source.InnerHtml.Append(Text!);
            output.Content.AppendHtml(pending).AppendHtml(source);
            return;
        }

        if (string.IsNullOrEmpty(Lang) || html.Value is not { Length: > 0 } sanitised)
        {
            output.Content.SetHtmlContent(html);
            return;
        }

        var terms = await glossary.TermsAsync(Lang.ToLowerInvariant(), ViewContext.HttpContext.RequestAborted);
        var url = urls.GetUrlHelper(ViewContext);
        var items = ViewContext.HttpContext.Items;
        output.Content.SetHtmlContent(GlossaryMarker.Mark(sanitised, terms,
            key => url.Page("/Glossary/Index", pageHandler: null, values: null, protocol: null, host: null, fragment: key) ?? "",
            l["In the glossary"],
            () =>
            {
                var next = (items[SequenceKey] as int? ?? 0) + 1;
                items[SequenceKey] = next;
                return next;
            },
            GlossaryExcept,
            Languages.Current));
    }
}
