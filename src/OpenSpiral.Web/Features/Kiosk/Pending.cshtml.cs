using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>
/// The approval queue: kiosk entries count only once a coordinator or facilitator approves them,
/// one by one (correcting the text first if needed) or many at once.
/// </summary>
[Authorize(Policy = Policies.TerritoryWork)]
[BulkEditForm]
[RequestSizeLimit(BulkEdit.MaxFormBytes)]
[RequestFormLimits(ValueLengthLimit = BulkEdit.MaxFormBytes)]
public sealed class PendingModel(OpenSpiralDbContext db, KioskApprovals approvals, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public const int PageSize = 50;

    /// <summary>The entries ticked for a decision on many at once.</summary>
    [BindProperty(Name = nameof(Selected))]
    public List<long>? Selected { get; set; }

    /// <summary>The texts as shown (and perhaps corrected) in the queue, by entry id.</summary>
    [BindProperty(Name = nameof(Texts))]
    public Dictionary<long, string>? Texts { get; set; }

    /// <summary>When set, only the entries written at this kiosk are listed (a link from the kiosk list).</summary>
    [BindProperty(SupportsGet = true, Name = "kiosk")]
    public int? KioskId { get; set; }

    /// <summary>The title of <see cref="KioskId"/>, once found in this territory.</summary>
    public string? KioskTitle { get; private set; }

    public PagedList<PendingEntry> Entries { get; private set; } = new([], 1, PageSize, 0);
    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, int? p, CancellationToken cancellationToken) =>
        await LoadAsync(slug, p, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(string slug, long id, int? p, CancellationToken cancellationToken) =>
        DecideAsync(slug, [id], approve: true, p, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(string slug, long id, int? p, CancellationToken cancellationToken) =>
        DecideAsync(slug, [id], approve: false, p, cancellationToken);

    public Task<IActionResult> OnPostApproveSelectedAsync(string slug, int? p, CancellationToken cancellationToken) =>
        DecideAsync(slug, Selected ?? [], approve: true, p, cancellationToken);

    public Task<IActionResult> OnPostRejectSelectedAsync(string slug, int? p, CancellationToken cancellationToken) =>
        DecideAsync(slug, Selected ?? [], approve: false, p, cancellationToken);

    public string Question(Question question) => l.Enum(question);

    private async Task<IActionResult> DecideAsync(string slug, List<long> ids, bool approve, int? page, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        if (ids.Count == 0)
        {
            ModelState.AddModelError(nameof(Selected), l["Tick at least one entry first."]);
        }
        else if (ids.Count > BulkEdit.MaxLines)
        {
            ModelState.AddModelError(nameof(Selected), l["At most {0} criteria at once: select fewer.", BulkEdit.MaxLines]);
        }

        foreach (var id in approve ? ids : [])
        {
            // Model binding turns an emptied box into null, which would approve the original text: read what was posted.
            var key = $"{nameof(Texts)}[{id}]";
            var text = Request.HasFormContentType && Request.Form.TryGetValue(key, out var posted) ? posted.ToString().Trim() : null;
            if (text is { Length: 0 })
            {
                ModelState.AddModelError(key, l["An approved entry needs a text: write it again, or reject the entry."]);
            }
            else if (text?.Length > Criterion.MaxTextLength)
            {
                ModelState.AddModelError(key, l["The text of an entry must have 1 to {0} characters.", Criterion.MaxTextLength]);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(slug, page, cancellationToken);
            return Page();
        }

        var count = await approvals.DecideAsync(territory.Id, ids.Distinct().ToList(), approve, Texts, User.GetUserId(), cancellationToken);
        TempData["Flash"] = (approve, count) switch
        {
            (true, 1) => l["One entry approved: it now counts with the group's criteria."].Value,
            (true, _) => l.Plural(count, l["{0} entry approved: it now counts with the group's criteria.", count], l["{0} entries approved: they now count with the group's criteria.", count]).Value,
            (false, 1) => l["One entry rejected."].Value,
            (false, _) => l.Plural(count, l["{0} entry rejected.", count], l["{0} entries rejected.", count]).Value,
        };

        // Deciding the last entries of the last page leads to the page before, not to an empty page.
        var left = await approvals.Pending(territory.Id, KioskId).CountAsync(cancellationToken);
        return Redirect(PageLink(Url, slug, Math.Min(Pager.FromQuery(page), Math.Max(1, (left + PageSize - 1) / PageSize)), KioskId));
    }

    private async Task<bool> LoadAsync(string slug, int? page, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return false;
        }

        KioskTitle = KioskId is { } kiosk
            ? await db.KioskCampaigns.Where(k => k.Id == kiosk && k.TerritoryId == territory.Id).Select(k => k.Title).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (KioskTitle is null)
        {
            KioskId = null;
        }

        Entries = await approvals.Pending(territory.Id, KioskId).ToPagedListAsync(Pager.FromQuery(page), PageSize, cancellationToken);
        Pager = new Pager(Entries.Page, Entries.PageCount, n => PageLink(Url, slug, n, KioskId));
        return true;
    }

    /// <summary>The queue's address: page <paramref name="page"/>, of one kiosk's entries when <paramref name="kiosk"/> is given.</summary>
    public static string PageLink(IUrlHelper url, string slug, int page, int? kiosk = null) =>
        url.Page("/Kiosk/Pending", new { slug, kiosk, p = page > 1 ? page : (int?)null })!;
}
