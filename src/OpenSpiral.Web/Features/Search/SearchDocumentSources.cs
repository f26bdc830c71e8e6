using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Infrastructure.Markdown;

namespace OpenSpiral.Web.Features.Search;

/// <summary>
/// What goes into the index for each kind of item, read from the items' own tables: only what the public
/// pages already show (a published action, a validated indicator, an approved classified criterion).
/// An item that is not (or no longer) public yields no document, so refreshing it removes it.
/// </summary>
public static class SearchDocumentSources
{
    /// <summary>The documents of the wiki pages among <paramref name="ids"/> (all wiki pages when null).</summary>
    public static async Task<List<SearchDocument>> WikiPagesAsync(OpenSpiralDbContext db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        var pages = await db.WikiPages.AsNoTracking().Where(p => ids == null || ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Slug, p.Title, p.Content, p.Language, p.UpdatedAt }).ToListAsync(cancellationToken);
        return [.. pages.Select(p => Document(SearchDocumentKind.WikiPage, p.Id, null, p.Language, p.Title, MarkdownRenderer.ToPlainText(p.Content), p.Slug, p.UpdatedAt))];
    }

    public static async Task<List<SearchDocument>> ArticlesAsync(OpenSpiralDbContext db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.AsNoTracking().Where(a => ids == null || ids.Contains(a.Id))
            .Select(a => new { a.Id, a.TerritoryId, a.Title, a.Summary, a.Content, a.Language, a.UpdatedAt }).ToListAsync(cancellationToken);
        return [.. articles.Select(a => Document(SearchDocumentKind.Article, a.Id, a.TerritoryId, a.Language, a.Title, Join(a.Summary, MarkdownRenderer.ToPlainText(a.Content)), null, a.UpdatedAt))];
    }

    /// <summary>Published actions only, in their territory's main language, with what their public page shows.</summary>
    public static async Task<List<SearchDocument>> ActionsAsync(OpenSpiralDbContext db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        var actions = await db.Actions.AsNoTracking().Where(a => a.IsPublished && (ids == null || ids.Contains(a.Id)))
            .Select(a => new
            {
                a.Id, a.TerritoryId, a.Title, a.Description, a.Aim, a.TargetGroups, a.UpdatedAt,
                Languages = db.Territories.Where(t => t.Id == a.TerritoryId).Select(t => t.Languages).FirstOrDefault(),
                Carriers = a.Stakeholders.Select(s => s.Name).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. actions.Select(a => Document(
            SearchDocumentKind.Action, a.Id, a.TerritoryId, a.Languages?.FirstOrDefault() ?? "en", a.Title,
            Join(a.Description, a.Aim, a.TargetGroups, string.Join(", ", a.Carriers)), null, a.UpdatedAt))];
    }

    /// <summary>Validated indicators: one document in the main language and one per translation.</summary>
    public static async Task<List<SearchDocument>> IndicatorsAsync(OpenSpiralDbContext db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.Status == IndicatorStatus.Validated && (ids == null || ids.Contains(i.Id)))
            .Select(i => new
            {
                i.Id, i.TerritoryId, i.Title, i.Language, i.UpdatedAt,
                Statements = i.Levels.OrderBy(l => l.Level).Select(l => l.Statement).ToList(),
                Translations = i.Translations.Select(t => new { t.Id, t.Language, t.Title, t.Statements }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var documents = new List<SearchDocument>();
        foreach (var i in indicators)
        {
            documents.Add(Document(SearchDocumentKind.Indicator, i.Id, i.TerritoryId, i.Language, i.Title, Join([.. i.Statements]), null, i.UpdatedAt));
            documents.AddRange(i.Translations.Select(t => Document(
                SearchDocumentKind.IndicatorTranslation, t.Id, i.TerritoryId, t.Language, t.Title, Join([.. t.Statements]), i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), i.UpdatedAt)));
        }

        return documents;
    }

    /// <summary>Approved, classified criteria (as the network's shared criteria): the citizen's words and the component, never the group.</summary>
    public static async Task<List<SearchDocument>> CriteriaAsync(OpenSpiralDbContext db, IReadOnlyCollection<long>? ids, CancellationToken cancellationToken)
    {
        var criteria = await db.Criteria.AsNoTracking()
            .Where(c => c.Status == CriterionStatus.Approved && c.ComponentId != null && (ids == null || ids.Contains(c.Id)))
            .Select(c => new { c.Id, c.TerritoryId, c.Text, c.Language, c.Component!.Code, c.UpdatedAt }).ToListAsync(cancellationToken);
        return [.. criteria.Select(c => Document(
            SearchDocumentKind.Criterion, c.Id, c.TerritoryId, c.Language, c.Text, c.Text.Length > SearchDocument.MaxTitleLength ? c.Text : "", c.Code, c.UpdatedAt))];
    }

    private static SearchDocument Document(SearchDocumentKind kind, long id, int? territoryId, string language, string title, string body, string? locator, DateTime updatedAt) => new()
    {
        Kind = kind,
        EntityId = id,
        TerritoryId = territoryId,
        Language = Clip(language.Trim().ToLowerInvariant(), 10),
        Title = Clip(Clean(title), SearchDocument.MaxTitleLength),
        Body = Clip(Clean(body), SearchDocument.MaxBodyLength),
        Locator = locator,
        UpdatedAt = updatedAt,
    };

    private static string Join(params string[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    // Control characters are the snippet markers (see SearchSnippets): the stored text never holds any.
    private static string Clean(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsControl(source[i]) && source[i] != '\n' ? ' ' : source[i];
        }
    });

    private static string Clip(string text, int length) =>
        text.Length <= length ? text : char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
}
