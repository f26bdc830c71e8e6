using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Search;

/// <summary>
/// The search behind /search and GET /api/v1/search: full text over the index (FTS5 on SQLite, tsvector on
/// PostgreSQL), where every document is checked again against its item and its territory at query time,
/// so that an item unpublished or a territory that stops sharing leaves the results and the counts at once.
/// </summary>
public sealed partial class SearchService(OpenSpiralDbContext db, SearchLinks links)
{
    /// <summary>Checks the filters; each wrong one is named with a message in the caller's language.</summary>
    public static Dictionary<string, string[]> Check(SearchRequest request, IStringLocalizer l)
    {
        var errors = new Dictionary<string, string[]>();
        if ((request.Q?.Length ?? 0) > SearchText.MaxLength)
        {
            errors["q"] = [l["A search holds at most {0} characters.", SearchText.MaxLength]];
        }

        if (!string.IsNullOrWhiteSpace(request.Type) && !SearchTypes.All.Contains(request.Type.Trim().ToLowerInvariant()))
        {
            errors["type"] = [l["{0} is not a type of result: use wiki, article, action, indicator or criterion.", request.Type]];
        }

        if (!string.IsNullOrWhiteSpace(request.Language) && !LanguagePattern().IsMatch(request.Language.Trim()))
        {
            errors["language"] = [l["{0} is not a language code: use two or three letters, such as en or fr.", request.Language]];
        }

        return errors;
    }

    /// <summary>One page of results and the counts per filter value. Call <see cref="Check"/> first.</summary>
    public async Task<(PagedList<SearchResult> Results, SearchFacets Facets)> SearchAsync(SearchRequest request, bool signedIn, CancellationToken cancellationToken)
    {
        var empty = new PagedList<SearchResult>([], request.Page, request.PageSize, 0);
        var terms = SearchText.Terms(SearchText.Clean(request.Q));
        if (terms.Count == 0)
        {
            return (empty, SearchFacets.None);
        }

        var type = string.IsNullOrWhiteSpace(request.Type) ? null : request.Type.Trim().ToLowerInvariant();
        var language = string.IsNullOrWhiteSpace(request.Language) ? null : request.Language.Trim().ToLowerInvariant();
        int? territoryId = null;
        if (!string.IsNullOrWhiteSpace(request.Territory))
        {
            var slug = request.Territory.Trim().ToLowerInvariant();
            territoryId = await db.Territories.AsNoTracking().Where(t => t.Slug == slug).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
            if (territoryId is null)
            {
                return (empty, SearchFacets.None);
            }
        }

        var sqlite = db.Database.IsSqlite();
        var match = sqlite ? SearchText.ToFts5(terms) : SearchText.ToWebSearch(terms);
        var from = (sqlite ? SqliteFrom : PostgresFrom) + Visible(signedIn);

        var groups = await db.Database.SqlQueryRaw<FacetRow>(
            $"{from} GROUP BY d.\"Kind\", d.\"TerritoryId\", d.\"Language\"".Replace("SELECT_COLUMNS", "d.\"Kind\", d.\"TerritoryId\", d.\"Language\", COUNT(*) AS \"Count\"", StringComparison.Ordinal),
            match).ToListAsync(cancellationToken);
        bool TypeMatches(FacetRow g) => type is null || SearchTypes.Of(g.KindValue) == type;
        bool TerritoryMatches(FacetRow g) => territoryId is null || g.TerritoryId == territoryId;
        bool LanguageMatches(FacetRow g) => language is null || g.Language == language;
        var total = (int)groups.Where(g => TypeMatches(g) && TerritoryMatches(g) && LanguageMatches(g)).Sum(g => g.Count);

        var rows = new List<ResultRow>();
        var skip = (long)(request.Page - 1) * request.PageSize;
        if (skip < total)
        {
            var (sql, parameters) = PageSql(sqlite, from, match, type, territoryId, language, request.PageSize, (int)skip);
            rows = await db.Database.SqlQueryRaw<ResultRow>(sql, parameters).ToListAsync(cancellationToken);
        }

        var territoryIds = groups.Where(g => g.TerritoryId is not null).Select(g => g.TerritoryId!.Value).Distinct().ToList();
        var territories = territoryIds.Count == 0 ? [] : await db.Territories.AsNoTracking().Where(t => territoryIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Name, t.Slug }).ToDictionaryAsync(t => t.Id, cancellationToken);

        var facets = new SearchFacets(
            total,
            [.. groups.Where(g => TerritoryMatches(g) && LanguageMatches(g)).GroupBy(g => SearchTypes.Of(g.KindValue))
                .Select(g => new FacetCount(g.Key, (int)g.Sum(x => x.Count))).OrderBy(f => SearchTypes.All.ToList().IndexOf(f.Value))],
            [.. groups.Where(g => g.TerritoryId is not null && territories.ContainsKey(g.TerritoryId.Value) && TypeMatches(g) && LanguageMatches(g)).GroupBy(g => g.TerritoryId!.Value)
                .Select(g => new TerritoryFacetCount(territories[g.Key].Slug, territories[g.Key].Name, (int)g.Sum(x => x.Count)))
                .OrderByDescending(f => f.Count).ThenBy(f => f.Name, StringComparer.CurrentCulture)],
            [.. groups.Where(g => TypeMatches(g) && TerritoryMatches(g)).GroupBy(g => g.Language)
                .Select(g => new FacetCount(g.Key, (int)g.Sum(x => x.Count))).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)]);

        var results = rows.Select(r =>
        {
            var kind = r.KindValue;
            var territory = r.TerritoryId is { } id && territories.TryGetValue(id, out var t) ? t : null;
            var title = SearchSnippet.Parse(r.TitleMarked);
            var snippet = SearchSnippet.Parse(r.Snippet);
            return new SearchResult(
                SearchTypes.Of(kind), title.Text, title.ToHtml(), snippet.ToHtml(),
                links.UrlFor(kind, r.EntityId, r.Locator, territory?.Slug, r.Language),
                r.Language, territory?.Name, territory?.Slug, DateTime.SpecifyKind(r.UpdatedAt, DateTimeKind.Utc))
            {
                TitleParts = title,
                SnippetParts = snippet,
            };
        }).ToList();
        return (new PagedList<SearchResult>(results, request.Page, request.PageSize, total), facets);
    }

    private const string SqliteFrom = """
        SELECT SELECT_COLUMNS FROM "SearchDocumentsFts" JOIN "SearchDocuments" AS d ON d."Id" = "SearchDocumentsFts".rowid
        WHERE "SearchDocumentsFts" MATCH {0}
        """;

    // One query per language of the mapping, OR-ed: each document's vector (stemmed in its own language) meets its own language's stems, and the GIN index serves it.
    private const string PostgresFrom = """
        SELECT SELECT_COLUMNS FROM "SearchDocuments" AS d,
            (SELECT websearch_to_tsquery('simple', {0}) || websearch_to_tsquery('english', {0}) || websearch_to_tsquery('french', {0})
                || websearch_to_tsquery('german', {0}) || websearch_to_tsquery('spanish', {0}) || websearch_to_tsquery('italian', {0})
                || websearch_to_tsquery('portuguese', {0}) || websearch_to_tsquery('dutch', {0}) || websearch_to_tsquery('swedish', {0})
                || websearch_to_tsquery('danish', {0}) || websearch_to_tsquery('norwegian', {0}) || websearch_to_tsquery('finnish', {0})
                || websearch_to_tsquery('romanian', {0}) || websearch_to_tsquery('greek', {0}) || websearch_to_tsquery('hungarian', {0})
                || websearch_to_tsquery('russian', {0}) || websearch_to_tsquery('turkish', {0}) || websearch_to_tsquery('catalan', {0})
                || websearch_to_tsquery('basque', {0}) || websearch_to_tsquery('irish', {0}) || websearch_to_tsquery('lithuanian', {0})
                || websearch_to_tsquery('indonesian', {0}) || websearch_to_tsquery('serbian', {0}) || websearch_to_tsquery('arabic', {0}) AS query) AS q
        WHERE d."SearchVector" @@ q.query
        """;

    // The item behind each document must still be public, and its territory still sharing (for what the network shares).
    private static string Visible(bool signedIn)
    {
        var members = signedIn ? "TRUE" : "FALSE";
        return $"""

             AND (d."TerritoryId" IS NULL OR EXISTS (SELECT 1 FROM "Territories" AS t WHERE t."Id" = d."TerritoryId"
                 AND (d."Kind" NOT IN ('Indicator', 'IndicatorTranslation', 'Criterion') OR t."SharesCriteriaWithNetwork")))
             AND CASE d."Kind"
                 WHEN 'WikiPage' THEN EXISTS (SELECT 1 FROM "WikiPages" AS x WHERE x."Id" = d."EntityId")
                 WHEN 'Article' THEN EXISTS (SELECT 1 FROM "Articles" AS x WHERE x."Id" = d."EntityId")
                 WHEN 'Action' THEN EXISTS (SELECT 1 FROM "Actions" AS x WHERE x."Id" = d."EntityId" AND x."IsPublished")
                 WHEN 'Indicator' THEN {members} AND EXISTS (SELECT 1 FROM "Indicators" AS x WHERE x."Id" = d."EntityId" AND x."Status" = 'Validated')
                 WHEN 'IndicatorTranslation' THEN {members} AND EXISTS (SELECT 1 FROM "IndicatorTranslations" AS tr JOIN "Indicators" AS x ON x."Id" = tr."IndicatorId"
                     WHERE tr."Id" = d."EntityId" AND x."Status" = 'Validated')
                 WHEN 'Criterion' THEN {members} AND EXISTS (SELECT 1 FROM "Criteria" AS x WHERE x."Id" = d."EntityId"
                     AND x."Status" = 'Approved' AND x."DeletedAt" IS NULL AND x."ComponentId" IS NOT NULL)
                 ELSE FALSE END
            """;
    }

    private static (string Sql, object[] Parameters) PageSql(bool sqlite, string from, string match, string? type, int? territoryId, string? language, int take, int skip)
    {
        var parameters = new List<object> { match };
        var sql = new StringBuilder(from);
        if (type is not null)
        {
            sql.Append(" AND d.\"Kind\" IN (").AppendJoin(", ", SearchTypes.Kinds(type).Select(k => $"'{k}'")).Append(')');
        }

        if (territoryId is not null)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND d.\"TerritoryId\" = {{{parameters.Count}}}");
            parameters.Add(territoryId.Value);
        }

        if (language is not null)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND d.\"Language\" = {{{parameters.Count}}}");
            parameters.Add(language);
        }

        var columns = "d.\"Kind\", d.\"EntityId\", d.\"TerritoryId\", d.\"Language\", d.\"Locator\", d.\"UpdatedAt\", " + (sqlite
            ? "highlight(\"SearchDocumentsFts\", 0, char(1), char(2)) AS \"TitleMarked\", snippet(\"SearchDocumentsFts\", 1, char(1), char(2), '…', 24) AS \"Snippet\""
            : "ts_headline(openspiral_search_config(d.\"Language\"), d.\"Title\", q.query, 'HighlightAll=true, StartSel=' || chr(1) || ', StopSel=' || chr(2)) AS \"TitleMarked\", "
              + "ts_headline(openspiral_search_config(d.\"Language\"), d.\"Body\", q.query, 'MaxFragments=2, MinWords=10, MaxWords=30, FragmentDelimiter=\" … \", StartSel=' || chr(1) || ', StopSel=' || chr(2)) AS \"Snippet\"");
        sql.Append(sqlite ? " ORDER BY bm25(\"SearchDocumentsFts\", 5.0, 1.0), d.\"Id\"" : " ORDER BY ts_rank(d.\"SearchVector\", q.query) DESC, d.\"Id\"");
        sql.Append(CultureInfo.InvariantCulture, $" LIMIT {take} OFFSET {skip}");
        return (sql.ToString().Replace("SELECT_COLUMNS", columns, StringComparison.Ordinal), [.. parameters]);
    }

    [GeneratedRegex("^[A-Za-z]{2,3}$")]
    private static partial Regex LanguagePattern();

    private sealed class FacetRow
    {
        public string Kind { get; set; } = "";
        public int? TerritoryId { get; set; }
        public string Language { get; set; } = "";
        public long Count { get; set; }
        public SearchDocumentKind KindValue => Enum.Parse<SearchDocumentKind>(Kind);
    }

    private sealed class ResultRow
    {
        public string Kind { get; set; } = "";
        public long EntityId { get; set; }
        public int? TerritoryId { get; set; }
        public string Language { get; set; } = "";
        public string? Locator { get; set; }
        public DateTime UpdatedAt { get; set; }
        public string? TitleMarked { get; set; }
        public string? Snippet { get; set; }
        public SearchDocumentKind KindValue => Enum.Parse<SearchDocumentKind>(Kind);
    }
}
