using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Grid;
using OpenSpiral.Web.Features.Suggestions;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Criteria;

/// <summary>
/// The classification board: criteria to classify, a code typed or picked per row, bulk
/// assignment of the selected ones, and the determination key beside them.
/// </summary>
[Authorize(Policy = Policies.TerritoryWork)]
[BulkEditForm]
[RequestSizeLimit(BulkEdit.MaxFormBytes)]
[RequestFormLimits(ValueLengthLimit = BulkEdit.MaxFormBytes)]
public sealed class ClassifyModel(OpenSpiralDbContext db, CriterionService criteria, GridService grid, SuggestionService suggestions, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public int? GroupId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Question? Question { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    // Named binding: without a name, a form with no "Codes[...]" field would be bound from every field.
    [BindProperty(Name = "Codes")]
    public Dictionary<long, string?> Codes { get; set; } = [];

    [BindProperty(Name = "Selected")]
    public List<long> Selected { get; set; } = [];

    /// <summary>The rows the page showed suggestions for: a code chosen by hand on one of them declines its suggestions.</summary>
    [BindProperty(Name = "Shown")]
    public List<long> Shown { get; set; } = [];

    [BindProperty]
    public string? BulkCode { get; set; }

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Classified { get; private set; }
    public int AcceptedSuggestions { get; private set; }
    public int ClassifiedOnBoard { get; private set; }
    public GridResponse? Grid { get; private set; }
    public List<(int Id, string Name)> Groups { get; private set; } = [];
    public Pager Pager { get; private set; } = Pager.Empty;

    /// <summary>Where to go once every row of this page is classified: what is left to classify, or the next page of all criteria.</summary>
    public string? NextLink => !All ? Link(1) : Pager.Page < Pager.PageCount ? Link(Pager.Page + 1) : null;

    /// <summary>Up to three suggested components per criterion on this page, best first.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<Suggestions.Suggestion>> Suggestions { get; private set; } = new Dictionary<long, IReadOnlyList<Suggestions.Suggestion>>();

    /// <summary>The texts of the classified criteria that justify the suggestions, by id.</summary>
    public IReadOnlyDictionary<long, (string Text, string Language)> Reasons { get; private set; } = new Dictionary<long, (string, string)>();

    public string ComponentName(string code) =>
        Grid?.Families.SelectMany(f => f.Components).FirstOrDefault(c => c.Code == code)?.Name ?? code;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    /// <summary>
    /// Saves what the page holds, as one undo step: the codes typed, picked or given in bulk, and the
    /// suggestion whose button was pressed. Rows with a code that is not in the grid stay on the
    /// page with their message and what was typed; the others are saved.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(string slug, string? accept, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is not { } territory)
        {
            return NotFound();
        }

        var userId = User.GetUserId();
        Suggestion? accepted = accept is not null && Suggestion.TryParse(accept, out var parsed) ? parsed : null;
        var wanted = Wanted();
        if (accepted is { } chosen)
        {
            // The button pressed on a row says what that row gets, whatever was typed in it.
            wanted[chosen.CriterionId] = (chosen.Code, ClassificationMethod.Suggestion, chosen.Rank);
        }

        if (wanted.Count == 0)
        {
            ModelState.AddModelError(string.Empty, l["Type or choose a component for at least one criterion."]);
            return await PageAsync(slug, cancellationToken);
        }

        if (wanted.Count > BulkEdit.MaxLines)
        {
            ModelState.AddModelError(string.Empty, l["At most {0} criteria at once: select fewer.", BulkEdit.MaxLines]);
            return await PageAsync(slug, cancellationToken);
        }

        var components = await criteria.FindCurrentComponentsAsync([.. wanted.Values.Select(w => w.Code)], cancellationToken);

        var ids = wanted.Keys.ToList();
        var targets = await db.Criteria.Where(c => ids.Contains(c.Id) && c.TerritoryId == Territory.Id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var refused = targets.Where(t => !components.ContainsKey(wanted[t.Id].Code)).ToList();
        foreach (var target in refused)
        {
            ModelState.AddModelError($"Codes[{target.Id}]", l["{0} is not a component of the current grid ({1}).", wanted[target.Id].Code, Shorten(target.Text)]);
        }

        var saved = targets.Except(refused).ToList();
        await criteria.ClassifyEachAsync(
            [.. saved.Select(t => (t, (Component?)components[wanted[t.Id].Code], wanted[t.Id].Method, wanted[t.Id].Rank))], userId, cancellationToken);
        if (refused.Count == 0)
        {
            TempData["Flash"] = (saved.Count == 1 ? l["One criterion classified."] : l["{0} criteria classified.", saved.Count]).Value;
            return Redirect(Request.Path + Request.QueryString);
        }

        // Only the refused rows keep what was posted for them, so that saving again sends just those.
        var kept = refused.Select(r => r.Id).ToHashSet();
        Codes = Codes.Where(c => kept.Contains(c.Key)).ToDictionary();
        Selected = [.. Selected.Where(kept.Contains)];
        BulkCode = Selected.Count > 0 ? BulkCode : null;
        TempData["Flash"] = (saved.Count == 1
            ? l["One criterion classified; correct the codes shown below and save again."]
            : l.Plural(saved.Count, l["{0} criterion classified; correct the codes shown below and save again.", saved.Count], l["{0} criteria classified; correct the codes shown below and save again.", saved.Count])).Value;
        return await PageAsync(slug, cancellationToken);
    }

    /// <summary>The code wanted for each row: typed (or chosen in the list) in its box, else the bulk code for the selected rows.</summary>
    private Dictionary<long, (string Code, ClassificationMethod Method, int? Rank)> Wanted()
    {
        var wanted = new Dictionary<long, (string Code, ClassificationMethod Method, int? Rank)>();
        if (!string.IsNullOrWhiteSpace(BulkCode))
        {
            foreach (var id in Selected)
            {
                wanted[id] = (BulkCode.Trim(), ClassificationMethod.Manual, null);
            }
        }

        foreach (var (id, code) in Codes.Where(p => !string.IsNullOrWhiteSpace(p.Value)))
        {
            wanted[id] = (code!.Trim(), ClassificationMethod.Manual, null);
        }

        foreach (var id in Shown.Where(wanted.ContainsKey))
        {
            wanted[id] = wanted[id] with { Method = ClassificationMethod.Declined };
        }

        return wanted;
    }

    /// <summary>
    /// Saves one row, as the board's script sends it when a key takes a suggestion or Enter confirms a code:
    /// answers JSON (what to announce and the new progress), or a ProblemDetails in the request's language.
    /// Each row saved this way is its own undo step.
    /// </summary>
    public async Task<IActionResult> OnPostRowAsync(string slug, long id, string? code, int? rank, bool shown, CancellationToken cancellationToken)
    {
        if (await WorkspaceTerritory.FindAsync(db, slug, cancellationToken) is not { } territory
            || await db.Criteria.FirstOrDefaultAsync(c => c.Id == id && c.TerritoryId == territory.Id && c.Status == CriterionStatus.Approved, cancellationToken) is not { } criterion)
        {
            return Problem(StatusCodes.Status404NotFound, l["Not Found"]);
        }

        if (rank is not (null or (>= 1 and <= 3)))
        {
            return Problem(StatusCodes.Status400BadRequest, l["One or more validation errors occurred."], ("rank", l["A suggestion's rank is 1, 2 or 3."]));
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            return Problem(StatusCodes.Status400BadRequest, l["One or more validation errors occurred."], ("code", l["Type a component code, such as A03."]));
        }

        if (await criteria.FindCurrentComponentAsync(code, cancellationToken) is not { } component)
        {
            return Problem(StatusCodes.Status400BadRequest, l["One or more validation errors occurred."], ("code", l["{0} is not a component of the current grid ({1}).", code.Trim(), Shorten(criterion.Text)]));
        }

        var method = rank is not null ? ClassificationMethod.Suggestion : shown ? ClassificationMethod.Declined : ClassificationMethod.Manual;
        await criteria.ClassifyAsync([criterion], component, User.GetUserId(), method, rank, cancellationToken);
        var approved = db.Criteria.AsNoTracking().Where(c => c.TerritoryId == territory.Id && c.Status == CriterionStatus.Approved);
        var (classified, total) = (await approved.CountAsync(c => c.ComponentId != null, cancellationToken), await approved.CountAsync(cancellationToken));
        var name = GridResponse.From(await grid.GetCurrentAsync(cancellationToken) ?? throw new InvalidOperationException("No current grid."), Languages.Current)
            .Families.SelectMany(f => f.Components).First(c => c.Code == component.Code).Name;
        return new JsonResult(new RowSaved(
            criterion.Id, component.Code, name, l["Classified in {0} {1}: {2}", component.Code, name, Shorten(criterion.Text)], classified, total, l["Criteria classified: {0} of {1}", classified, total]));
    }

    /// <summary>What the board's script announces and shows once a row is saved.</summary>
    public sealed record RowSaved(long Id, string Code, string Name, string Message, int Classified, int Total, string Progress);

    private static ObjectResult Problem(int status, string title, params (string Field, string Message)[] errors) =>
        new(errors.Length == 0
            ? new ProblemDetails { Status = status, Title = title }
            : new HttpValidationProblemDetails(errors.ToDictionary(e => e.Field, e => new[] { e.Message })) { Status = status, Title = title })
        {
            StatusCode = status,
            ContentTypes = { "application/problem+json" },
        };

    private async Task<IActionResult> PageAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUndoAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var restored = await criteria.UndoLastAsync(Territory.Id, User.GetUserId(), cancellationToken);
        TempData["Flash"] = CriterionService.Undone(restored, l);

        // Back to the same board (group, question, page), without the handler in the address.
        return Redirect(Link(PageNumber));
    }

    public string Link(int page) =>
        $"{Request.Path}?groupId={GroupId}&question={Question}&all={All}&p={page}";

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return false;
        }

        var approved = db.Criteria.AsNoTracking().Where(c => c.TerritoryId == territory.Id && c.Status == CriterionStatus.Approved);
        var stats = await approved.GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(),
            Classified = g.Count(c => c.ComponentId != null),
            Suggested = g.Count(c => c.ClassifiedVia == ClassificationMethod.Suggestion),
            OnBoard = g.Count(c => c.ClassifiedVia == ClassificationMethod.Suggestion || c.ClassifiedVia == ClassificationMethod.Declined),
        }).FirstOrDefaultAsync(cancellationToken);
        (Total, Classified, AcceptedSuggestions, ClassifiedOnBoard) = (stats?.Total ?? 0, stats?.Classified ?? 0, stats?.Suggested ?? 0, stats?.OnBoard ?? 0);

        var query = approved;
        if (!All)
        {
            query = query.Where(c => c.ComponentId == null);
        }

        if (GroupId is not null)
        {
            query = query.Where(c => c.GroupId == GroupId);
        }

        if (Question is not null)
        {
            query = query.Where(c => c.Question == Question);
        }

        PageNumber = Pager.FromQuery(PageNumber);
        var page = await query.OrderBy(c => c.GroupId).ThenBy(c => c.Id).ToPagedListAsync(
            c => new Row(c.Id, c.Text, c.Language, c.Question, c.GroupId, c.Group!.Name, c.Component != null ? c.Component.Code : null), PageNumber, PageSize, cancellationToken);
        Rows = [.. page.Items];
        Pager = new Pager(PageNumber, page.PageCount, Link);
        Groups = [.. (await db.Groups.AsNoTracking().Where(g => g.TerritoryId == territory.Id).OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken)).Select(g => (g.Id, g.Name))];
        Suggestions = await suggestions.SuggestManyAsync([.. Rows.Select(r => r.Id)], cancellationToken);
        var reasonIds = Suggestions.Values.SelectMany(list => list).SelectMany(s => s.Because).Distinct().ToList();
        Reasons = reasonIds.Count == 0
            ? new Dictionary<long, (string, string)>()
            : await db.Criteria.AsNoTracking().Where(c => reasonIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => (c.Text, c.Language), cancellationToken);
        var version = await grid.GetCurrentAsync(cancellationToken);
        Grid = version is null ? null : GridResponse.From(version, Languages.Current);
        return true;
    }

    public sealed record Row(long Id, string Text, string Language, Question Question, int GroupId, string GroupName, string? Component);

    /// <summary>An accepted suggestion, posted as "criterionId:code:rank" by its button.</summary>
    public readonly record struct Suggestion(long CriterionId, string Code, int Rank)
    {
        public static bool TryParse(string value, out Suggestion suggestion)
        {
            var parts = value.Split(':');
            suggestion = default;
            if (parts.Length == 3 && long.TryParse(parts[0], out var id) && int.TryParse(parts[2], out var rank) && rank is >= 1 and <= 3)
            {
                suggestion = new Suggestion(id, parts[1], rank);
                return true;
            }

            return false;
        }
    }
}
