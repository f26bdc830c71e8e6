using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Comments;

/// <summary>Adds a comment to a target (signed-in members). The comments block of every page posts here; on an error this page shows the form again with what was typed.</summary>
[Authorize]
public sealed class NewModel(CommentService service, LinkGenerator links, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string? Body { get; set; }

    public string TargetTitle { get; private set; } = "";
    public string BackUrl { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(string? target, CancellationToken cancellationToken) =>
        await LoadAsync(target, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string? target, CancellationToken cancellationToken)
    {
        if (await LoadAsync(target, cancellationToken) is not { } parsed)
        {
            return NotFound();
        }

        var outcome = await service.AddAsync(User, parsed, Body, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Errors.Count > 0)
        {
            ModelState.AddModelError(nameof(Body), outcome.Errors["body"][0]);
            return Page();
        }

        TempData["Flash"] = l["Your comment is published."].Value;
        return Redirect(BackUrl.Replace("#comments", $"#comment-{outcome.Id}", StringComparison.Ordinal));
    }

    private async Task<CommentTarget?> LoadAsync(string? target, CancellationToken cancellationToken)
    {
        if (!CommentTarget.TryParse(target, out var parsed) || await service.FindTargetAsync(parsed, cancellationToken) is not { } info)
        {
            return null;
        }

        TargetTitle = info.Title;
        BackUrl = (await service.TargetPathAsync(links, parsed, cancellationToken) ?? "/") + "#comments";
        return parsed;
    }
}
