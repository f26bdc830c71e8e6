using Microsoft.AspNetCore.Razor.TagHelpers;
using OpenSpiral.Web.Infrastructure.Markdown;

namespace OpenSpiral.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;markdown text="@Model.Content" lang="fr" /&gt;</c>: a member's Markdown rendered as sanitised HTML
/// in a <c>div class="prose"</c> carrying the text's language. Every page that shows written Markdown uses
/// this one tag, so sanitising (and glossary marking) happen in one place.
/// </summary>
[HtmlTargetElement("markdown", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MarkdownTagHelper(MarkdownRenderer renderer) : TagHelper
{
    public string? Text { get; set; }

    /// <summary>ISO 639-1 code of the text's language (set as <c>lang</c> on the container).</summary>
    public string? Lang { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "prose");
        if (!string.IsNullOrEmpty(Lang))
        {
            output.Attributes.SetAttribute("lang", Lang);
        }

        output.Content.SetHtmlContent(renderer.Render(Text));
    }
}
