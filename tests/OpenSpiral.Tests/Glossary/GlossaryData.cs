using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Features.Glossary;

namespace OpenSpiral.Tests.Glossary;

/// <summary>Terms of the tests' own, written straight into the database (the shared application's seeded terms stay as they are).</summary>
internal static class GlossaryData
{
    public static async Task<string> AddTermAsync(OpenSpiralApplication app, params (string Language, string Term, string Definition)[] entries)
    {
        var key = "test-" + Guid.NewGuid().ToString("N")[..12];
        await app.QueryAsync(async db =>
        {
            db.GlossaryTerms.Add(new GlossaryTerm
            {
                Key = key,
                Entries = [.. entries.Select(e => new GlossaryEntry { Language = e.Language, Term = e.Term, Definition = e.Definition })],
            });
            return await db.SaveChangesAsync();
        });
        app.Services.GetRequiredService<GlossaryCache>().Invalidate();
        return key;
    }
}
