using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenSpiral.Web.Features.Comments;

/// <summary>What the pages acting on one comment share: the comment, its target and the way back to the target's page.</summary>
[Authorize]
public abstract class CommentPageModel(CommentService service, LinkGenerator links) : PageModel
{
    public CommentView Comment { get; private set; } = null!;
    public CommentTarget Target { get; private set; }
    public string TargetTitle { get; private set; } = "";
    public string BackUrl { get; private set; } = "/";

    protected CommentService Service => service;

    protected async Task<bool> LoadAsync(long commentId, CancellationToken cancellationToken)
    {
        if (await service.FindAsync(commentId, cancellationToken) is not { } found || await service.FindTargetAsync(found.Target, cancellationToken) is not { } info)
        {
            return false;
        }

        (Comment, Target, TargetTitle) = (found.Comment, found.Target, info.Title);
        BackUrl = (await service.TargetPathAsync(links, Target, cancellationToken) ?? "/") + "#comments";
        return true;
    }

    protected IActionResult BackToTarget(string flash, long? commentId = null)
    {
        TempData["Flash"] = flash;
        return Redirect(commentId is { } id ? BackUrl.Replace("#comments", $"#comment-{id}", StringComparison.Ordinal) : BackUrl);
    }

    /// <summary>Puts the service's field errors on the form's fields (body, reason, version).</summary>
    protected void ShowErrors(Dictionary<string, string[]> errors)
    {
        foreach (var (key, messages) in errors)
        {
            ModelState.AddModelError(key switch { "body" => "Body", "reason" => "Reason", _ => string.Empty }, messages[0]);
        }
    }
}
