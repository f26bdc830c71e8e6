using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Comments;

/// <summary>Reports a comment to its moderators, with a reason; once per member.</summary>
public sealed class ReportModel(CommentService service, LinkGenerator links, IStringLocalizer<SharedResource> l) : CommentPageModel(service, links)
{
    [BindProperty]
    public string? Reason { get; set; }

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(long commentId, CancellationToken cancellationToken) =>
        await LoadAsync(commentId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long commentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(commentId, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await Service.ReportAsync(User, commentId, Reason, cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        if (outcome.Refusal is { } refusal)
        {
            Refusal = refusal;
            return Page();
        }

        return outcome.NotFound ? NotFound() : BackToTarget(l["Thank you: the moderators will look at this comment."].Value, commentId);
    }
}
