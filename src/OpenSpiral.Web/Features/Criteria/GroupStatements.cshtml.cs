using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Criteria;

/// <summary>A group's own synthesis: its statements per question, each linked to the criteria it sums up.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
[BulkEditForm]
[RequestSizeLimit(BulkEdit.MaxFormBytes)]
[RequestFormLimits(ValueLengthLimit = BulkEdit.MaxFormBytes)]
public sealed class GroupStatementsModel(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public int GroupId { get; private set; }
    public string GroupName { get; private set; } = "";
    public string GroupLanguage { get; private set; } = "";
    public List<Question> Questions { get; private set; } = [];
    public List<StatementRow> Statements { get; private set; } = [];
    public List<CriterionRow> Criteria { get; private set; } = [];

    /// <summary>What was typed and ticked when adding failed, so that nothing is lost.</summary>
    public Input? Entered { get; private set; }

    /// <summary>A statement typed for a question the page does not list: shown in a form of its own, with a choice of question.</summary>
    public Input? EnteredWithoutQuestion => Entered is { } entered && !Questions.Contains(entered.Question) ? entered : null;

    /// <summary>The statement typed into <paramref name="question"/>'s form when adding it failed.</summary>
    public Input? EnteredFor(Question question) => Entered is { } entered && entered.Question == question ? entered : null;

    /// <summary>What was typed and ticked when saving a statement failed: its edit form shows it, open.</summary>
    public (int StatementId, Input Input)? Editing { get; private set; }

    public Input? EditingOf(int statementId) => Editing is { } editing && editing.StatementId == statementId ? editing.Input : null;

    public async Task<IActionResult> OnGetAsync(string slug, int groupId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, groupId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string slug, int groupId, Question question, string? text, long[] criterionIds, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, groupId, cancellationToken))
        {
            return NotFound();
        }

        // A question that did not bind would otherwise be stored as question 0, shown nowhere.
        if (ModelState.GetFieldValidationState("question") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid && !Questions.Contains(question))
        {
            ModelState.AddModelError("question", l["Choose one of the group's questions."]);
        }

        ValidateText(text, criterionIds);
        if (!ModelState.IsValid)
        {
            Entered = new Input(question, text ?? "", criterionIds.ToHashSet());
            return Page();
        }

        var linked = await LinkableAsync(groupId, question, criterionIds, cancellationToken);
        var order = await db.GroupStatements.CountAsync(s => s.GroupId == groupId && s.Question == question, cancellationToken);
        db.GroupStatements.Add(new GroupStatement { GroupId = groupId, Question = question, Text = text!.Trim(), SortOrder = order, Criteria = linked, UpdatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = l["The statement is added."].Value;
        return Redirect(Request.Path + $"#s-{question}");
    }

    public async Task<IActionResult> OnPostEditAsync(string slug, int groupId, int statementId, string? text, long[] criterionIds, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, groupId, cancellationToken))
        {
            return NotFound();
        }

        var statement = await db.GroupStatements.Include(s => s.Criteria).FirstOrDefaultAsync(s => s.Id == statementId && s.GroupId == groupId, cancellationToken);
        if (statement is null)
        {
            return NotFound();
        }

        ValidateText(text, criterionIds);
        if (!ModelState.IsValid)
        {
            Editing = (statementId, new Input(statement.Question, text ?? "", criterionIds.ToHashSet()));
            return Page();
        }

        statement.Text = text!.Trim();
        statement.Criteria = await LinkableAsync(groupId, statement.Question, criterionIds, cancellationToken);
        statement.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = l["The statement is saved."].Value;
        return Redirect(Request.Path + $"#statement-{statementId}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string slug, int groupId, int statementId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, groupId, cancellationToken))
        {
            return NotFound();
        }

        await db.GroupStatements.Where(s => s.Id == statementId && s.GroupId == groupId).ExecuteDeleteAsync(cancellationToken);
        TempData["Flash"] = l["The statement is deleted."].Value;
        return Redirect(Request.Path);
    }

    private void ValidateText(string? text, long[] criterionIds)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > GroupStatement.MaxTextLength)
        {
            ModelState.AddModelError("text", l["A statement needs a text of 1 to {0} characters.", GroupStatement.MaxTextLength]);
        }

        if (criterionIds.Length > BulkEdit.MaxLines)
        {
            ModelState.AddModelError("criterionIds", l["At most {0} criteria at once: select fewer.", BulkEdit.MaxLines]);
        }
    }

    // A statement sums up answers to its own question, as the form offers them.
    private Task<List<Criterion>> LinkableAsync(int groupId, Question question, long[] criterionIds, CancellationToken cancellationToken) =>
        db.Criteria.Where(c => c.GroupId == groupId && c.Question == question && c.Status == CriterionStatus.Approved && criterionIds.Contains(c.Id))
            .ToListAsync(cancellationToken);

    private async Task<bool> LoadAsync(string slug, int groupId, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var group = territory is null ? null : await db.Groups.AsNoTracking().Where(g => g.Id == groupId && g.TerritoryId == territory.Id)
            .Select(g => new { g.Name, g.Language, g.Territory!.AsksFutureGenerations }).FirstOrDefaultAsync(cancellationToken);
        if (group is null)
        {
            return false;
        }

        (GroupId, GroupName, GroupLanguage) = (groupId, group.Name, group.Language);
        Statements = await db.GroupStatements.AsNoTracking().Where(s => s.GroupId == groupId).OrderBy(s => s.Question).ThenBy(s => s.SortOrder)
            .Select(s => new StatementRow(s.Id, s.Question, s.Text,
                s.Criteria.OrderBy(c => c.Id).Select(c => new CriterionRow(c.Id, c.Question, c.Text, c.Language)).ToList()))
            .ToListAsync(cancellationToken);
        Criteria = await db.Criteria.AsNoTracking().Where(c => c.GroupId == groupId && c.Status == CriterionStatus.Approved).OrderBy(c => c.Id)
            .Select(c => new CriterionRow(c.Id, c.Question, c.Text, c.Language)).ToListAsync(cancellationToken);
        Questions = [.. Enum.GetValues<Question>().Where(q => q != Question.Q4 || group.AsksFutureGenerations || Criteria.Any(c => c.Question == q))];
        return true;
    }

    public sealed record Input(Question Question, string Text, IReadOnlySet<long> CriterionIds);

    public sealed record StatementRow(int Id, Question Question, string Text, List<CriterionRow> Criteria);

    public sealed record CriterionRow(long Id, Question Question, string Text, string Language);
}
