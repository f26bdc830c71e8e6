using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Glossary;

/// <summary>
/// Reads and writes the shared glossary for the pages and the API alike. Each entry's save is checked
/// against the version the writer read (a stale one changes nothing); every change empties the term cache
/// used to mark terms in pages.
/// </summary>
public sealed partial class GlossaryService(OpenSpiralDbContext db, GlossaryCache cache, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    private static readonly HashSet<string> KnownLanguages = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Select(c => c.Name).Where(n => n.Length == 2).ToHashSet(StringComparer.Ordinal);

    /// <summary>The network's languages, offered first for the glossary (the interface ships English and French).</summary>
    public static readonly IReadOnlyList<string> NetworkLanguages = ["en", "fr", "pt", "it", "el", "pl", "lv", "sv", "ro"];

    /// <summary>Whether <paramref name="language"/> is an ISO 639-1 code, in lower case.</summary>
    public static bool IsLanguage(string? language) => language is not null && KnownLanguages.Contains(language);

    /// <summary>Every term in <paramref name="language"/> (in English, marked as such, when it is not written in it), alphabetical in that language.</summary>
    public async Task<List<GlossaryEntryResponse>> ListAsync(string language, CancellationToken cancellationToken)
    {
        var terms = await db.GlossaryTerms.AsNoTracking()
            .Select(t => new { t.Key, Entries = t.Entries.Select(e => new { e.Language, e.Term, e.Definition, e.DoNotConfuse, e.Version, e.UpdatedAt }).ToList() })
            .ToListAsync(cancellationToken);
        var comparer = StringComparer.Create(Culture(language), CompareOptions.IgnoreCase);
        return [.. terms.Where(t => t.Entries.Count > 0).Select(t =>
        {
            var entry = t.Entries.FirstOrDefault(e => e.Language == language)
                ?? t.Entries.FirstOrDefault(e => e.Language == Languages.Default)
                ?? t.Entries.OrderBy(e => e.Language, StringComparer.Ordinal).First();
            return new GlossaryEntryResponse(t.Key, entry.Language, entry.Term, entry.Definition, entry.DoNotConfuse, entry.Version, entry.UpdatedAt, entry.Language != language);
        }).OrderBy(e => e.Term, comparer).ThenBy(e => e.Key, StringComparer.Ordinal)];
    }

    /// <summary>One page of <see cref="ListAsync"/>.</summary>
    public async Task<PagedList<GlossaryEntryResponse>> PageAsync(string language, int page, int pageSize, CancellationToken cancellationToken)
    {
        var all = await ListAsync(language, cancellationToken);
        var skip = (long)(page - 1) * pageSize;
        var items = skip >= all.Count ? [] : all.Skip((int)skip).Take(pageSize).ToList();
        return new PagedList<GlossaryEntryResponse>(items, page, pageSize, all.Count);
    }

    /// <summary>A term in every language, English first, then by language code.</summary>
    public async Task<GlossaryTermResponse?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var term = await db.GlossaryTerms.AsNoTracking().Where(t => t.Key == key)
            .Select(t => new { t.Key, Entries = t.Entries.ToList() }).FirstOrDefaultAsync(cancellationToken);
        return term is null ? null : new GlossaryTermResponse(term.Key, [.. term.Entries
            .OrderBy(e => e.Language == Languages.Default ? 0 : 1).ThenBy(e => e.Language, StringComparer.Ordinal)
            .Select(e => new GlossaryEntryResponse(term.Key, e.Language, e.Term, e.Definition, e.DoNotConfuse, e.Version, e.UpdatedAt, false))]);
    }

    /// <summary>Writes a term's entry in one language: creates it, or updates it from the version the writer read.</summary>
    public async Task<GlossaryOutcome> SaveEntryAsync(string key, string language, GlossaryEntryInput input, CancellationToken cancellationToken)
    {
        var termId = await db.GlossaryTerms.Where(t => t.Key == key).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
        if (termId is null || !IsLanguage(language))
        {
            return GlossaryOutcome.Missing;
        }

        var errors = Check(input.Term, input.Definition, input.DoNotConfuse);
        var existing = await db.GlossaryEntries.AsNoTracking().Where(e => e.TermId == termId && e.Language == language)
            .Select(e => (int?)e.Version).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null && input.Version is null)
        {
            errors["version"] = [l["Send the version you read."]];
        }

        if (errors.Count == 0 && await WordingTakenAsync(termId.Value, language, input.Term!.Trim(), cancellationToken))
        {
            errors["term"] = [l["Another term of the glossary already has this wording in this language."]];
        }

        if (errors.Count > 0)
        {
            return GlossaryOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var term = input.Term!.Trim();
        var definition = input.Definition!.Trim();
        var note = string.IsNullOrWhiteSpace(input.DoNotConfuse) ? null : input.DoNotConfuse.Trim();
        if (existing is null)
        {
            db.GlossaryEntries.Add(new GlossaryEntry { TermId = termId.Value, Language = language, Term = term, Definition = definition, DoNotConfuse = note, UpdatedAt = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Someone wrote the first entry in this language at the same time: theirs stands.
                db.ChangeTracker.Clear();
                var current = await db.GlossaryEntries.Where(e => e.TermId == termId && e.Language == language).Select(e => (int?)e.Version).FirstOrDefaultAsync(cancellationToken);
                return current is null ? throw new InvalidOperationException("The glossary entry could not be saved.") : GlossaryOutcome.StaleAt(current.Value);
            }
        }
        else
        {
            var version = input.Version!.Value;
            // One statement checks and moves the version: of two writers on the same version, one only goes on.
            var saved = await db.GlossaryEntries.Where(e => e.TermId == termId && e.Language == language && e.Version == version)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Term, term).SetProperty(e => e.Definition, definition)
                    .SetProperty(e => e.DoNotConfuse, note).SetProperty(e => e.UpdatedAt, now).SetProperty(e => e.Version, version + 1), cancellationToken);
            if (saved == 0)
            {
                return GlossaryOutcome.StaleAt(existing.Value);
            }
        }

        await db.GlossaryTerms.Where(t => t.Id == termId).ExecuteUpdateAsync(s => s.SetProperty(t => t.UpdatedAt, now), cancellationToken);
        cache.Invalidate();
        return GlossaryOutcome.Done;
    }

    /// <summary>Adds a term with its first entry (administrators).</summary>
    public async Task<GlossaryOutcome> CreateTermAsync(GlossaryTermInput input, CancellationToken cancellationToken)
    {
        var errors = Check(input.Term, input.Definition, input.DoNotConfuse);
        var key = input.Key?.Trim().ToLowerInvariant() ?? "";
        if (key.Length == 0)
        {
            errors["key"] = [l["The {0} field is required.", l["Key"]]];
        }
        else if (key.Length > GlossaryTerm.MaxKeyLength || !KeyPattern().IsMatch(key))
        {
            errors["key"] = [l["A key is made of lower-case letters, digits and hyphens, at most {0} characters.", GlossaryTerm.MaxKeyLength]];
        }
        else if (await db.GlossaryTerms.AnyAsync(t => t.Key == key, cancellationToken))
        {
            errors["key"] = [l["The glossary already has a term with this key."]];
        }

        var language = input.Language?.Trim().ToLowerInvariant();
        if (!IsLanguage(language))
        {
            errors["language"] = [l["Give a language as its ISO 639-1 code, such as en or fr."]];
        }
        else if (errors.Count == 0 && await WordingTakenAsync(0, language!, input.Term!.Trim(), cancellationToken))
        {
            errors["term"] = [l["Another term of the glossary already has this wording in this language."]];
        }

        if (errors.Count > 0)
        {
            return GlossaryOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.GlossaryTerms.Add(new GlossaryTerm
        {
            Key = key,
            UpdatedAt = now,
            Entries = [new GlossaryEntry { Language = language!, Term = input.Term!.Trim(), Definition = input.Definition!.Trim(), DoNotConfuse = string.IsNullOrWhiteSpace(input.DoNotConfuse) ? null : input.DoNotConfuse.Trim(), UpdatedAt = now }],
        });
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return GlossaryOutcome.Done;
    }

    /// <summary>Deletes a term in every language (administrators).</summary>
    public async Task<bool> DeleteTermAsync(string key, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var termId = await db.GlossaryTerms.Where(t => t.Key == key).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
        if (termId is null)
        {
            return false;
        }

        await db.GlossaryEntries.Where(e => e.TermId == termId).ExecuteDeleteAsync(cancellationToken);
        await db.GlossaryTerms.Where(t => t.Id == termId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Invalidate();
        return true;
    }

    private Dictionary<string, string[]> Check(string? term, string? definition, string? note)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(term))
        {
            errors["term"] = [l["The {0} field is required.", l["Term"]]];
        }
        else if (term.Trim().Length > GlossaryEntry.MaxTermLength)
        {
            errors["term"] = [l["The {0} field must have at most {1} characters.", l["Term"], GlossaryEntry.MaxTermLength]];
        }

        if (string.IsNullOrWhiteSpace(definition))
        {
            errors["definition"] = [l["The {0} field is required.", l["Definition"]]];
        }
        else if (definition.Trim().Length > GlossaryEntry.MaxDefinitionLength)
        {
            errors["definition"] = [l["The {0} field must have at most {1} characters.", l["Definition"], GlossaryEntry.MaxDefinitionLength]];
        }

        if (note is not null && note.Trim().Length > GlossaryEntry.MaxNoteLength)
        {
            errors["doNotConfuse"] = [l["The {0} field must have at most {1} characters.", l["Do not confuse with"], GlossaryEntry.MaxNoteLength]];
        }

        return errors;
    }

    private async Task<bool> WordingTakenAsync(int termId, string language, string term, CancellationToken cancellationToken)
    {
        var wordings = await db.GlossaryEntries.AsNoTracking().Where(e => e.Language == language && e.TermId != termId).Select(e => e.Term).ToListAsync(cancellationToken);
        return wordings.Any(w => string.Equals(w, term, StringComparison.OrdinalIgnoreCase));
    }

    private static CultureInfo Culture(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
