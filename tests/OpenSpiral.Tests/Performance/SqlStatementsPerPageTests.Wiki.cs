using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.Tests.Performance;

public sealed partial class SqlStatementsPerPageTests
{
    [Fact]
    public async Task More_wiki_pages_revisions_translations_and_files_add_no_statement_to_the_wiki_pages()
    {
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var pages = await ClientAsync(factory, DemoData.Member);
        const string slug = "experiences-from-mulhouse";
        string[] urls = ["/wiki", $"/wiki/{slug}", $"/wiki/{slug}/history", $"/wiki/{slug}/diff?from=1&to=2", $"/wiki/{slug}/edit", "/api/v1/wiki", $"/api/v1/wiki/{slug}/revisions"];
        foreach (var url in urls)
        {
            await CountAsync(pages, counter, url);
        }

        var before = new List<int>();
        foreach (var url in urls)
        {
            before.Add(await CountAsync(pages, counter, url));
        }

        await GrowWikiAsync(factory, slug);
        var after = new List<int>();
        foreach (var url in urls)
        {
            after.Add(await CountAsync(pages, counter, url));
        }

        Assert.Equal(before, after);
        Assert.All(after, count => Assert.InRange(count, 1, Budget));
    }

    // Twenty more pages under the measured one, each with a translation, and more revisions and files on it.
    private static async Task GrowWikiAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string slug)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var measured = await db.WikiPages.SingleAsync(p => p.Slug == slug);
        var now = DateTime.UtcNow;
        for (var i = 0; i < 20; i++)
        {
            var child = new WikiPage { Slug = $"grown-{i}", Title = $"Grown {i}", Content = "Text.", Language = "en", ParentId = measured.Id, CreatedAt = now, UpdatedAt = now };
            child.Revisions.Add(new WikiRevision { Number = 1, Title = child.Title, Content = child.Content, CreatedAt = now });
            db.WikiPages.Add(child);
            await db.SaveChangesAsync();
            db.WikiPages.Add(new WikiPage { Slug = $"grown-{i}-fr", Title = $"Poussée {i}", Content = "Texte.", Language = "fr", OriginalId = child.Id, OriginalVersion = 1, CreatedAt = now, UpdatedAt = now });
        }

        for (var number = 3; number <= 12; number++)
        {
            db.WikiRevisions.Add(new WikiRevision { PageId = measured.Id, Number = number, Title = measured.Title, Content = measured.Content + number, CreatedAt = now });
        }

        for (var i = 0; i < 5; i++)
        {
            db.WikiAttachments.Add(new WikiAttachment { PageId = measured.Id, FileName = $"file-{i}.pdf", ContentType = "application/pdf", Content = "%PDF-1.7"u8.ToArray(), Size = 8, UploadedAt = now });
        }

        measured.Version = 12;
        await db.SaveChangesAsync();
    }
}
