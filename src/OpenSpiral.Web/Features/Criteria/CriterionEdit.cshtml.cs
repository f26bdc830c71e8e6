using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Criteria;

[Authorize(Policy = Policies.TerritoryWork)]
[BulkEditForm]
[RequestSizeLimit(BulkEdit.MaxFormBytes)]
[RequestFormLimits(ValueLengthLimit = BulkEdit.MaxFormBytes)]
public sealed class CriterionEditModel(OpenSpiralDbContext db, CriterionService criteria, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public int GroupId { get; private set; }
    public string GroupName { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string Language { get; private set; } = "";

    /// <summary>The lines of the split form: the criterion's text at first, what was typed after a refused split.</summary>
    public string Parts { get; private set; } = "";
    public List<CriterionRevision> History { get; private set; } = [];

    /// <summary>The codes of the components the history mentions, by id (older grid versions included).</summary>
    public Dictionary<int, string> ComponentCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, long criterionId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, criterionId, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostSaveAsync(string slug, long criterionId, string? text, CancellationToken cancellationToken)
    {
        var criterion = await LoadAsync(slug, criterionId, cancellationToken);
        if (criterion is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > Criterion.MaxTextLength)
        {
            ModelState.AddModelError("text", l["A criterion needs a text of 1 to {0} characters.", Criterion.MaxTextLength]);
            Text = text ?? "";
            return Page();
        }

        await criteria.EditAsync(criterion, text, User.GetUserId(), cancellationToken);
        TempData["Flash"] = l["The criterion is saved."].Value;
        return RedirectToPage("/Criteria/GroupCriteria", new { slug = Territory.Slug, groupId = GroupId });
    }

    public async Task<IActionResult> OnPostSplitAsync(string slug, long criterionId, string? parts, CancellationToken cancellationToken)
    {
        var criterion = await LoadAsync(slug, criterionId, cancellationToken);
        if (criterion is null)
        {
            return NotFound();
        }

        var texts = (parts ?? "").Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (texts.Count > BulkEdit.MaxLines)
        {
            ModelState.AddModelError("parts", l["At most {0} criteria at once; use the import for more.", BulkEdit.MaxLines]);
        }
        else if (texts.Count < 2 || texts.Any(p => p.Length > Criterion.MaxTextLength))
        {
            ModelState.AddModelError("parts", l["Write at least two lines, each of at most {0} characters.", Criterion.MaxTextLength]);
        }

        if (!ModelState.IsValid)
        {
            Parts = parts ?? "";
            return Page();
        }

        await criteria.SplitAsync(criterion, texts, User.GetUserId(), cancellationToken);
        TempData["Flash"] = l["The criterion is split into {0}.", texts.Count].Value;
        return RedirectToPage("/Criteria/GroupCriteria", new { slug = Territory.Slug, groupId = GroupId });
    }

    public string ComponentCode(int? componentId) =>
        componentId is { } id ? ComponentCodes.GetValueOrDefault(id, "?") : l["not classified"];

    private async Task<Criterion?> LoadAsync(string slug, long criterionId, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var criterion = territory is null ? null : await db.Criteria.Include(c => c.Group)
            .FirstOrDefaultAsync(c => c.Id == criterionId && c.TerritoryId == territory.Id, cancellationToken);
        if (criterion is null)
        {
            return null;
        }

        GroupId = criterion.GroupId;
        GroupName = criterion.Group!.Name;
        Text = criterion.Text;
        Parts = criterion.Text;
        Language = criterion.Language;
        History = await db.CriterionRevisions.AsNoTracking().Where(r => r.CriterionId == criterionId).OrderByDescending(r => r.Id).Take(50).ToListAsync(cancellationToken);
        var componentIds = History.SelectMany(r => new[] { r.ComponentBefore, r.ComponentAfter }).OfType<int>().Distinct().ToList();
        ComponentCodes = componentIds.Count == 0 ? [] : await db.Components.AsNoTracking().Where(c => componentIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken);
        return criterion;
    }
}
