using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Search;

/// <summary>
/// Writes index rows with set-based SQL on the context's connection and current transaction, so that it
/// can run inside a SaveChanges (the interceptor) without tracking anything or saving re-entrantly.
/// </summary>
public static class SearchIndexWriter
{
    private const int RowsPerInsert = 100;

    /// <summary>Removes the documents of the given items (and, for indicators, of their translations).</summary>
    public static async Task RemoveAsync(OpenSpiralDbContext db, SearchDocumentKind kind, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(500))
        {
            await db.SearchDocuments.Where(d => d.Kind == kind && chunk.Contains(d.EntityId)).ExecuteDeleteAsync(cancellationToken);
            if (kind == SearchDocumentKind.Indicator)
            {
                var locators = chunk.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
                await db.SearchDocuments.Where(d => d.Kind == SearchDocumentKind.IndicatorTranslation && locators.Contains(d.Locator!)).ExecuteDeleteAsync(cancellationToken);
            }
        }
    }

    public static async Task InsertAsync(OpenSpiralDbContext db, IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        foreach (var chunk in documents.Chunk(RowsPerInsert))
        {
            var sql = new StringBuilder("INSERT INTO \"SearchDocuments\" (\"Kind\", \"EntityId\", \"TerritoryId\", \"Language\", \"Title\", \"Body\", \"Locator\", \"UpdatedAt\") VALUES ");
            var parameters = new List<object?>(chunk.Length * 8);
            for (var row = 0; row < chunk.Length; row++)
            {
                var d = chunk[row];
                var n = parameters.Count;
                sql.Append(row == 0 ? "" : ", ").Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"({{{n}}}, {{{n + 1}}}, {{{n + 2}}}, {{{n + 3}}}, {{{n + 4}}}, {{{n + 5}}}, {{{n + 6}}}, {{{n + 7}}})");
                parameters.AddRange(d.Kind.ToString(), d.EntityId, d.TerritoryId, d.Language, d.Title, d.Body, d.Locator, DateTime.SpecifyKind(d.UpdatedAt, DateTimeKind.Utc));
            }

            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters!, cancellationToken);
        }
    }
}
