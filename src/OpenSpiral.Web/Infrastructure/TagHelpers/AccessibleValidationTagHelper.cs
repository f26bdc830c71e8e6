using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenSpiral.Web.Infrastructure.TagHelpers;

/// <summary>
/// Marks a field with errors as aria-invalid and ties it to its error message, so screen readers
/// announce what is wrong when the field gets focus.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class AccessibleValidationTagHelper : TagHelper
{
    // Run after the built-in tag helpers have written id and name.
    public override int Order => 1000;

    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            var errorId = TagBuilder.CreateSanitizedId(name, "_") + "-error";
            var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? $"{existing.Value} {errorId}" : errorId;
            output.Attributes.SetAttribute("aria-describedby", describedBy);
        }
    }
}
