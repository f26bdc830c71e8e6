using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.BrowserTests.Features.Wiki;

/// <summary>Two members edit the same page: the second save is refused, shows both versions, and loses nothing typed.</summary>
public sealed class WikiConflictTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_second_save_shows_both_versions_and_keeps_what_was_typed()
    {
        var slug = await SeedPageAsync(Fixture, "conflict");
        await using var first = await Fixture.NewContextAsync(DemoAccounts.Administrator, "en");
        await using var second = await Fixture.NewContextAsync("coordinator2@openspiral.demo", "en");
        var firstPage = await first.NewPageAsync();
        var secondPage = await second.NewPageAsync();
        var firstForm = new WikiEditPage(firstPage);
        var secondForm = new WikiEditPage(secondPage);
        await firstForm.OpenAsync(slug);
        await secondForm.OpenAsync(slug);

        await firstForm.WriteAsync("The shared text.\nChanged by the administrator.");
        await firstForm.SaveAsync();
        await secondForm.WriteAsync("The shared text.\nChanged by the second member, who typed a lot.");
        await secondForm.SaveAsync();

        await Assertions.Expect(secondForm.Conflict).ToBeVisibleAsync();
        await Assertions.Expect(secondForm.Errors.First).ToContainTextAsync("Someone saved this page while you were writing");
        await Assertions.Expect(secondForm.SavedText).ToHaveTextAsync("The shared text.\nChanged by the administrator.");
        await Assertions.Expect(secondForm.Text).ToHaveValueAsync("The shared text.\nChanged by the second member, who typed a lot.");
        await Assertions.Expect(secondPage.Locator(".wiki-diff del").First).ToContainTextAsync("administrator");
        await Assertions.Expect(secondPage.Locator(".wiki-diff ins").First).ToContainTextAsync("second member");

        await secondForm.WriteAsync("The shared text.\nChanged by both of them.");
        await secondForm.SaveAsync();

        await Assertions.Expect(secondPage).ToHaveURLAsync(new Uri(Fixture.Server.BaseAddress, $"/wiki/{slug}").ToString());
        await Assertions.Expect(secondPage.Locator(".prose")).ToContainTextAsync("Changed by both of them.");
    }

    /// <summary>A page of its own for a test, written straight into the database.</summary>
    internal static async Task<string> SeedPageAsync(BrowserFixture fixture, string stem)
    {
        var slug = $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 13)];
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var now = DateTime.UtcNow;
        var page = new WikiPage { Slug = slug, Title = "Shared notes", Content = "The shared text.\nFirst version.", Language = "en", CreatedAt = now, UpdatedAt = now };
        page.Revisions.Add(new WikiRevision { Number = 1, Title = page.Title, Content = page.Content, CreatedAt = now });
        db.WikiPages.Add(page);
        await db.SaveChangesAsync();
        return slug;
    }
}
