using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>
/// Gives every new installation the methodology section, in English with its French translation, from the
/// Markdown files under Features/Wiki/Seed/{language}/ (embedded, so translators edit plain files). A file
/// is named "NN-slug.md": NN orders the pages and links the languages (00 is the section's overview, the
/// others sit under it); its first line "# Title" is the title. Runs only while the wiki is empty.
/// </summary>
public sealed class WikiSeeder(OpenSpiralDbContext db, TimeProvider clock)
{
    private const string Prefix = "OpenSpiral.Web.WikiSeed.";

    /// <summary>The language the other seeded languages translate.</summary>
    public const string OriginalLanguage = "en";

    public sealed record SeedPage(string Language, int Number, string Slug, string Title, string Content);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.WikiPages.AnyAsync(cancellationToken))
        {
            return;
        }

        var pages = Load();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var originals = new Dictionary<int, WikiPage>();
        foreach (var language in pages.Select(p => p.Language).Distinct().OrderBy(l => l == OriginalLanguage ? 0 : 1))
        {
            var saved = new Dictionary<int, WikiPage>();
            foreach (var seed in pages.Where(p => p.Language == language).OrderBy(p => p.Number))
            {
                var original = language == OriginalLanguage ? null : originals.GetValueOrDefault(seed.Number);
                var page = new WikiPage
                {
                    Slug = seed.Slug,
                    Title = seed.Title,
                    Content = seed.Content,
                    Language = language,
                    SortOrder = seed.Number,
                    ParentId = seed.Number == 0 ? null : saved.GetValueOrDefault(0)?.Id,
                    OriginalId = original?.Id,
                    OriginalVersion = original?.Version,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                page.Revisions.Add(new WikiRevision { Number = 1, Title = seed.Title, Content = seed.Content, CreatedAt = now });
                db.WikiPages.Add(page);
                await db.SaveChangesAsync(cancellationToken);
                saved[seed.Number] = page;
            }

            if (language == OriginalLanguage)
            {
                originals = saved;
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The seed pages embedded in the application.</summary>
    public static List<SeedPage> Load()
    {
        var assembly = typeof(WikiSeeder).Assembly;
        var pages = new List<SeedPage>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var path = name[Prefix.Length..].Replace('\\', '/');
            var language = path[..path.IndexOf('/', StringComparison.Ordinal)];
            var file = Path.GetFileNameWithoutExtension(path[(language.Length + 1)..]);
            var number = int.Parse(file[..file.IndexOf('-', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
            var firstLine = text.IndexOf('\n', StringComparison.Ordinal);
            var title = text[..firstLine].TrimStart('#', ' ').Trim();
            pages.Add(new SeedPage(language, number, file[(file.IndexOf('-', StringComparison.Ordinal) + 1)..], title, text[(firstLine + 1)..].Trim() + "\n"));
        }

        return pages;
    }
}
