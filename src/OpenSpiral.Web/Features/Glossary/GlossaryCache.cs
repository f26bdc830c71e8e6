using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Glossary;

/// <summary>A glossary term as pages mark it: its anchor key, its wording in one language and its definition.</summary>
public sealed record MarkedTerm(string Key, string Term, string Definition);

/// <summary>The terms of one language, with one pattern that finds any of them as a whole word, the longest first.</summary>
public sealed partial class GlossaryTermSet
{
    public static readonly GlossaryTermSet Empty = new([]);

    private readonly Dictionary<string, MarkedTerm> _byWording = new(StringComparer.OrdinalIgnoreCase);

    public GlossaryTermSet(IEnumerable<MarkedTerm> terms)
    {
        foreach (var term in terms.Where(t => !string.IsNullOrWhiteSpace(t.Term)))
        {
            _byWording.TryAdd(Wording(term.Term), term);
        }

        if (_byWording.Count > 0)
        {
            // Longest first, so that "coordination group" wins over "group" where both would match.
            var alternatives = _byWording.Keys.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
                .Select(w => Spaces().Replace(Regex.Escape(w), @"\s+"));
            Pattern = new Regex($@"(?<![\p{{L}}\p{{N}}_])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}_])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    public Regex? Pattern { get; }

    public int Count => _byWording.Count;

    /// <summary>The term a match of <see cref="Pattern"/> stands for.</summary>
    public MarkedTerm? Find(string matched) => _byWording.GetValueOrDefault(Wording(matched));

    private static string Wording(string text) => WhiteSpace().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\\ ")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

/// <summary>
/// The terms of each language, read once and kept for the Markdown of every page. A change through
/// <see cref="GlossaryService"/> empties it at once on this instance; the expiry bounds how long another
/// instance of the site may mark with an older wording.
/// </summary>
public sealed class GlossaryCache(IMemoryCache cache, IServiceScopeFactory scopes)
{
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(5);

    // Each change starts a new generation: the entries of older ones are never read again and expire.
    private long _generation;

    public async Task<GlossaryTermSet> TermsAsync(string language, CancellationToken cancellationToken)
    {
        var key = ("glossary-terms", Interlocked.Read(ref _generation), language);
        if (cache.TryGetValue(key, out GlossaryTermSet? terms) && terms is not null)
        {
            return terms;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
            terms = new GlossaryTermSet(await db.GlossaryEntries.AsNoTracking().Where(e => e.Language == language)
                .Join(db.GlossaryTerms, e => e.TermId, t => t.Id, (e, t) => new { t.Key, e.Term, e.Definition })
                .OrderBy(t => t.Key)
                .Select(t => new MarkedTerm(t.Key, t.Term, t.Definition))
                .ToListAsync(cancellationToken));
        }

        cache.Set(key, terms, Expiry);
        return terms;
    }

    /// <summary>Forgets every language's terms: the next page reads them again.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);
}
