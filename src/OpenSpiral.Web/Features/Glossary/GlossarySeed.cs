using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Glossary;

/// <summary>
/// Gives every installation the method's terms: at start-up, an empty glossary is filled from the embedded
/// <c>glossary-seed.json</c> (translators edit that file to add a language). A glossary with terms is never touched.
/// </summary>
public sealed class GlossarySeed(OpenSpiralDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public sealed record SeedEntry(string Term, string Definition, string? DoNotConfuse);

    public sealed record SeedTerm(string Key, Dictionary<string, SeedEntry> Entries);

    public sealed record SeedDocument(List<SeedTerm> Terms);

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.GlossaryTerms.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.GlossaryTerms.AddRange(Load().Terms.Select(t => new GlossaryTerm
        {
            Key = t.Key,
            UpdatedAt = now,
            Entries = [.. t.Entries.Select(e => new GlossaryEntry { Language = e.Key, Term = e.Value.Term, Definition = e.Value.Definition, DoNotConfuse = e.Value.DoNotConfuse, UpdatedAt = now })],
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The terms shipped with the site.</summary>
    public static SeedDocument Load()
    {
        using var stream = typeof(GlossarySeed).Assembly.GetManifestResourceStream("OpenSpiral.Web.glossary-seed.json")
            ?? throw new InvalidOperationException("The glossary seed is not embedded.");
        return JsonSerializer.Deserialize<SeedDocument>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The glossary seed is empty.");
    }
}
