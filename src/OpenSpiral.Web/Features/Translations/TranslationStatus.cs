using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Translations;

/// <summary>
/// What each language lacks. An original is a wiki page or an article that translates nothing; it is never missing in
/// its own language. A translation is outdated when the original's version is past the one a translator confirmed.
/// A constant number of statements, whatever the amount of pages and articles: four for the summary, up to four for a list.
/// </summary>
public sealed class TranslationStatus(OpenSpiralDbContext db)
{
    public async Task<TranslationSummary> SummaryAsync(CancellationToken cancellationToken)
    {
        var wikiOriginals = await db.WikiPages.AsNoTracking().Where(p => p.OriginalId == null)
            .GroupBy(p => p.Language).Select(g => new Tally(g.Key, g.Count(), 0)).ToListAsync(cancellationToken);
        var wikiTranslations = await (
                from t in db.WikiPages.AsNoTracking()
                join o in db.WikiPages.AsNoTracking() on t.OriginalId equals (int?)o.Id
                where o.OriginalId == null && t.Language != o.Language
                select new { t.Language, Outdated = (t.OriginalVersion ?? 0) < o.Version })
            .GroupBy(x => x.Language).Select(g => new Tally(g.Key, g.Count(), g.Count(x => x.Outdated))).ToListAsync(cancellationToken);
        var articleOriginals = await db.Articles.AsNoTracking().Where(a => a.OriginalId == null)
            .GroupBy(a => a.Language).Select(g => new Tally(g.Key, g.Count(), 0)).ToListAsync(cancellationToken);
        var articleTranslations = await (
                from t in db.Articles.AsNoTracking()
                join o in db.Articles.AsNoTracking() on t.OriginalId equals (int?)o.Id
                where o.OriginalId == null && t.Language != o.Language
                select new { t.Language, Outdated = (t.OriginalVersion ?? 0) < o.Version })
            .GroupBy(x => x.Language).Select(g => new Tally(g.Key, g.Count(), g.Count(x => x.Outdated))).ToListAsync(cancellationToken);

        var languages = Languages.Supported
            .Concat(new[] { wikiOriginals, wikiTranslations, articleOriginals, articleTranslations }.SelectMany(t => t).Select(t => t.Language.ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal)
            .Select(l => (Language: l, Rank: Languages.Supported.Contains(l) ? Languages.Supported.TakeWhile(s => s != l).Count() : int.MaxValue))
            .OrderBy(l => l.Rank).ThenBy(l => l.Language, StringComparer.Ordinal).Select(l => l.Language);
        return new TranslationSummary([.. languages.Select(l => new LanguageTranslationStatus(l, Counts(l, wikiOriginals, wikiTranslations), Counts(l, articleOriginals, articleTranslations)))]);
    }

    /// <summary>Page <paramref name="page"/> of what <paramref name="language"/> lacks: wiki pages first, then articles; outdated ones before missing ones, by title.</summary>
    public async Task<PagedList<TranslationItem>> ItemsAsync(string language, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var wiki = WikiItems(language);
        var articles = ArticleItems(language);
        var wikiTotal = await wiki.CountAsync(cancellationToken);
        var articleTotal = await articles.CountAsync(cancellationToken);
        var skip = (long)(page - 1) * pageSize;
        var items = new List<TranslationItem>();
        if (skip < wikiTotal)
        {
            items.AddRange(await wiki.Skip((int)skip).Take(pageSize).ToListAsync(cancellationToken));
        }

        var articleSkip = Math.Max(0, skip - wikiTotal);
        if (items.Count < pageSize && articleSkip < articleTotal)
        {
            items.AddRange(await articles.Skip((int)articleSkip).Take(pageSize - items.Count).ToListAsync(cancellationToken));
        }

        return new PagedList<TranslationItem>(items, page, pageSize, wikiTotal + articleTotal);
    }

    private IQueryable<TranslationItem> WikiItems(string language) =>
        from o in db.WikiPages.AsNoTracking()
        where o.OriginalId == null && o.Language != language
        join t in db.WikiPages.AsNoTracking().Where(t => t.Language == language) on (int?)o.Id equals t.OriginalId into translations
        from t in translations.DefaultIfEmpty()
        where t == null || (t.OriginalVersion ?? 0) < o.Version
        orderby t == null ? 1 : 0, o.Title, o.Id
        select new TranslationItem(TranslationKind.WikiPage, o.Id, o.Slug, o.Title, o.Language,
            t == null ? TranslationState.Missing : TranslationState.Outdated, t == null ? null : (int?)t.Id, t == null ? null : t.Slug);

    private IQueryable<TranslationItem> ArticleItems(string language) =>
        from o in db.Articles.AsNoTracking()
        where o.OriginalId == null && o.Language != language
        join t in db.Articles.AsNoTracking().Where(t => t.Language == language) on (int?)o.Id equals t.OriginalId into translations
        from t in translations.DefaultIfEmpty()
        where t == null || (t.OriginalVersion ?? 0) < o.Version
        orderby t == null ? 1 : 0, o.Title, o.Id
        select new TranslationItem(TranslationKind.Article, o.Id, null, o.Title, o.Language,
            t == null ? TranslationState.Missing : TranslationState.Outdated, t == null ? null : (int?)t.Id, null);

    private static TranslationCounts Counts(string language, List<Tally> originals, List<Tally> translations)
    {
        var elsewhere = originals.Where(o => !string.Equals(o.Language, language, StringComparison.OrdinalIgnoreCase)).Sum(o => o.Count);
        var translated = translations.Where(t => string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase)).ToList();
        var (total, outdated) = (translated.Sum(t => t.Count), translated.Sum(t => t.Outdated));
        return new TranslationCounts(total - outdated, outdated, Math.Max(0, elsewhere - total));
    }

    private sealed record Tally(string Language, int Count, int Outdated);
}
