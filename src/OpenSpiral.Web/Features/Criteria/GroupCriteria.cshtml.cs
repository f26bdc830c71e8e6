using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Feedback;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Criteria;

/// <summary>A group's session: fast entry of criteria per question, with merge, delete and undo.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
[BulkEditForm]
[RequestSizeLimit(BulkEdit.MaxFormBytes)]
[RequestFormLimits(ValueLengthLimit = BulkEdit.MaxFormBytes)]
public sealed class GroupCriteriaModel(OpenSpiralDbContext db, CriterionService criteria, QuestionWording wording, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    /// <summary>Criteria per page, all questions together (a session gives a few dozen; imports may give thousands).</summary>
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int GroupId { get; private set; }
    public string GroupName { get; private set; } = "";
    public string GroupLanguage { get; private set; } = "";

    /// <summary>The code of the group's public "what became of your words" page.</summary>
    public string? FeedbackCode { get; private set; }
    public IReadOnlyList<(Question Question, string Text)> Questions { get; private set; } = [];
    /// <summary>The criteria of this page, by question then in the order they were added.</summary>
    public List<Row> Criteria { get; private set; } = [];

    /// <summary>The group's criteria per question, on every page.</summary>
    public Dictionary<Question, int> CountPerQuestion { get; private set; } = [];

    public Pager Pager { get; private set; } = Pager.Empty;

    /// <summary>What was typed when adding failed, so that nothing is lost.</summary>
    public (Question Question, string Lines)? Entered { get; private set; }

    /// <summary>Lines typed for a question the page does not list: shown in a form of their own, with a choice of question.</summary>
    public string? EnteredWithoutQuestion => Entered is { } entered && Questions.All(q => q.Question != entered.Question) ? entered.Lines : null;

    public async Task<IActionResult> OnGetAsync(string slug, int groupId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, groupId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string slug, int groupId, Question question, string? lines, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, groupId, cancellationToken))
        {
            return NotFound();
        }

        // A question that did not bind, or one the group is not asked, would file the lines under no visible question.
        if (ModelState.GetFieldValidationState("question") == ModelValidationState.Invalid || !Questions.Any(q => q.Question == question))
        {
            ModelState.Remove("question");
            ModelState.AddModelError("question", l["Choose one of the group's questions."]);
        }

        var texts = (lines ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        if (texts.Count == 0)
        {
            ModelState.AddModelError("lines", l["Type at least one criterion."]);
        }
        else if (texts.Count > BulkEdit.MaxLines)
        {
            ModelState.AddModelError("lines", l["At most {0} criteria at once; use the import for more.", BulkEdit.MaxLines]);
        }
        else if (texts.FirstOrDefault(t => t.Length > Criterion.MaxTextLength) is { } tooLong)
        {
            ModelState.AddModelError("lines", l["A criterion may have at most {0} characters: {1}…", Criterion.MaxTextLength, tooLong[..40]]);
        }

        if (!ModelState.IsValid)
        {
            Entered = (question, lines ?? "");
            return Page();
        }

        await criteria.AddAsync(Territory.Id, groupId, question, GroupLanguage, texts, UserId, cancellationToken);
        TempData["Flash"] = (texts.Count == 1 ? l["One criterion added."] : l["{0} criteria added.", texts.Count]).Value;
        return Redirect(PageLink(PageNumber) + $"#q-{question}");
    }

    public async Task<IActionResult> OnPostBulkAsync(string slug, int groupId, Question question, string? action, long[] ids, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, groupId, cancellationToken))
        {
            return NotFound();
        }

        // Only the criteria the question's list shows: merging across questions would mix answers to different questions.
        var selected = ids.Length > BulkEdit.MaxLines ? [] : await db.Criteria.Where(c => c.GroupId == groupId && c.Question == question && c.Status == CriterionStatus.Approved && ids.Contains(c.Id))
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        if (ids.Length > BulkEdit.MaxLines)
        {
            ModelState.AddModelError(string.Empty, l["At most {0} criteria at once: select fewer.", BulkEdit.MaxLines]);
        }
        else if (action == "merge" && selected.Count < 2)
        {
            ModelState.AddModelError(string.Empty, l["Select at least two criteria to merge."]);
        }
        else if (selected.Count == 0)
        {
            ModelState.AddModelError(string.Empty, l["Select at least one criterion."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (action == "merge")
        {
            var text = string.Join(" – ", selected.Select(c => c.Text));
            await criteria.MergeAsync(selected, text.Length <= Criterion.MaxTextLength ? text : text[..Criterion.MaxTextLength], UserId, cancellationToken);
            TempData["Flash"] = l["{0} criteria merged into one. Edit its text if needed, or undo.", selected.Count].Value;
        }
        else
        {
            await criteria.DeleteAsync(selected, UserId, cancellationToken);
            // Something is always selected here, so the sentence for one serves the singular of every language.
            TempData["Flash"] = l.Plural(selected.Count, l["One criterion deleted. Use Undo my last change to bring it back."], l["{0} criteria deleted. Use Undo my last change to bring them back.", selected.Count]).Value;
        }

        return Redirect(PageLink(PageNumber) + $"#q-{question}");
    }

    public async Task<IActionResult> OnPostUndoAsync(string slug, int groupId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, groupId, cancellationToken))
        {
            return NotFound();
        }

        var restored = await criteria.UndoLastAsync(Territory.Id, UserId, cancellationToken);
        TempData["Flash"] = CriterionService.Undone(restored, l);
        return Redirect(PageLink(PageNumber));
    }

    public string PageLink(int page) => Url.Page("/Criteria/GroupCriteria", new { slug = Territory.Slug, groupId = GroupId, p = page > 1 ? page : (int?)null })!;

    private string? UserId => User.GetUserId();

    private async Task<bool> LoadAsync(string slug, int groupId, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var group = territory is null ? null : await db.Groups.AsNoTracking().Where(g => g.Id == groupId && g.TerritoryId == territory.Id)
            .Select(g => new { g.Name, g.Language, g.FeedbackCode }).FirstOrDefaultAsync(cancellationToken);
        if (group is null)
        {
            return false;
        }

        GroupId = groupId;
        GroupName = group.Name;
        GroupLanguage = group.Language;
        FeedbackCode = group.FeedbackCode ?? await FeedbackLinks.EnsureCodeAsync(db, groupId, cancellationToken);
        Questions = await wording.ForTerritoryAsync(territory!.Id, Languages.Current, cancellationToken);
        var approved = db.Criteria.AsNoTracking().Where(c => c.GroupId == groupId && c.Status == CriterionStatus.Approved);
        CountPerQuestion = await approved.GroupBy(c => c.Question).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        PageNumber = Pager.FromQuery(PageNumber);
        var page = await approved.OrderBy(c => c.Question).ThenBy(c => c.Id).ToPagedListAsync(
            c => new Row(c.Id, c.Question, c.Text, c.Language, c.Component != null ? c.Component.Code : null), PageNumber, PageSize, cancellationToken);
        Criteria = [.. page.Items];
        Pager = new Pager(PageNumber, page.PageCount, PageLink);
        if (CountPerQuestion.ContainsKey(Question.Q4) && Questions.All(q => q.Question != Question.Q4))
        {
            Questions = [.. Questions, (Question.Q4, l[QuestionWording.Standard[Question.Q4]].Value)];
        }

        return true;
    }

    public sealed record Row(long Id, Question Question, string Text, string Language, string? Component);
}
