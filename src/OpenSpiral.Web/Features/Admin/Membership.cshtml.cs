using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Network.Membership;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Admin;

/// <summary>The applications to the network waiting for a decision: the administrators approve them, or refuse them with a reason.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class MembershipModel(MembershipService service, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<MembershipApplicationResponse> Pending { get; private set; } = new([], 1, PageSize, 0);
    public Pager Pager { get; private set; } = Pager.Empty;

    /// <summary>The application whose decision was refused, with what was typed and why.</summary>
    public int? FailedId { get; private set; }
    public string? TypedReason { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(int applicationId, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(applicationId, approve: true, reason, cancellationToken);

    public Task<IActionResult> OnPostRefuseAsync(int applicationId, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(applicationId, approve: false, reason, cancellationToken);

    private async Task<IActionResult> DecideAsync(int applicationId, bool approve, string? reason, CancellationToken cancellationToken)
    {
        var outcome = await service.DecideAsync(applicationId, approve, reason, User.GetUserId()!, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Errors.Count > 0 || outcome.Conflict is not null)
        {
            (FailedId, TypedReason, Error) = (applicationId, reason, outcome.Conflict ?? outcome.Errors.Values.First()[0]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var a = outcome.Application!;
        TempData["Flash"] = (approve ? l["{0} is now {1} of the network.", a.Territory, l[$"MembershipStatus.{a.Requested}"]] : l["The application of {0} is refused.", a.Territory]).Value;
        return RedirectToPage("/Admin/Membership");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PageNumber = Pager.FromQuery(PageNumber);
        Pending = await service.ListPendingAsync(PageNumber, PageSize, cancellationToken);
        Pager = new Pager(PageNumber, Pending.PageCount, page => Url.Page("/Admin/Membership", new { p = page })!);
    }
}
