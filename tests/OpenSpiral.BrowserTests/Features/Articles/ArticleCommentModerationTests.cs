using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Comments;

namespace OpenSpiral.BrowserTests.Features.Articles;

/// <summary>
/// In French, a member writes an article, another member comments on it and an administrator hides the comment with a
/// reason: readers see the reason in place of the comment, the administrator still reads it, the database keeps the history.
/// </summary>
public sealed class ArticleCommentModerationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Member = "member@openspiral.demo";

    [Fact]
    public async Task A_comment_an_administrator_hides_shows_only_its_reason_to_readers()
    {
        var stem = Guid.NewGuid().ToString("N")[..8];
        var title = $"Nos tables rondes de l’été {stem}";
        var body = $"Publicité déguisée {stem}, venez acheter\u202F!";
        var reason = "Publicité, sans rapport avec l’article.";
        var articleUrl = await WriteArticleAsync(title);
        await CommentAsync(articleUrl, body);

        await using (var context = await Fixture.NewContextAsync(DemoAccounts.Administrator, "fr"))
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(articleUrl);
            var comment = page.Locator("#comments li.comment").Filter(new() { HasText = body });
            var hide = comment.GetByRole(AriaRole.Link, new() { NameRegex = new("^Masquer commentaire \\d+$") });
            await page.TabToAsync(hide, maxPresses: 120);
            await page.Keyboard.PressAsync("Enter");
            await page.GetByLabel("Motif").FillAsync(reason);
            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Masquer le commentaire", Exact = true })).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");

            await Assertions.Expect(page.Locator(".flash")).ToHaveTextAsync("Le commentaire est masqué.");
            var hidden = page.Locator("#comments li.hidden-comment");
            await Assertions.Expect(hidden).ToHaveCountAsync(1);
            await Assertions.Expect(hidden.Locator(".moderated")).ToHaveTextAsync($"Commentaire masqué par un modérateur\u00A0: {reason}");
            await Assertions.Expect(hidden.Locator(".comment-body")).Not.ToBeVisibleAsync();
            await hidden.GetByText("Voir le texte masqué", new() { Exact = true }).ClickAsync();
            await Assertions.Expect(hidden.Locator(".comment-body")).ToHaveTextAsync(body);
            await Assertions.Expect(hidden.GetByRole(AriaRole.Link, new() { NameRegex = new("^Restaurer commentaire \\d+$") })).ToBeVisibleAsync();
        }

        foreach (var reader in new[] { DemoAccounts.Facilitator, null })
        {
            await WithPageAsync(async page =>
            {
                await page.GotoAsync(articleUrl);
                var comment = page.Locator("#comments li.comment");
                await Assertions.Expect(comment).ToHaveCountAsync(1);
                await Assertions.Expect(comment.Locator(".moderated")).ToHaveTextAsync($"Commentaire masqué par un modérateur\u00A0: {reason}");
                await Assertions.Expect(comment.Locator(".comment-body")).ToHaveCountAsync(0);
                Assert.DoesNotContain(stem + ", venez", await page.ContentAsync(), StringComparison.Ordinal);
            }, reader, "fr", name: $"reader-{reader ?? "anonymous"}");
        }

        await using var scope = Fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var userIds = await db.Users.Where(u => u.Email == Member || u.Email == DemoAccounts.Facilitator || u.Email == DemoAccounts.Administrator)
            .ToDictionaryAsync(u => u.Email!, u => u.Id);
        var article = Assert.Single(await db.Articles.AsNoTracking().Where(a => a.Title == title).ToListAsync());
        Assert.Equal(articleUrl, $"/articles/{article.Id}");
        Assert.Equal("fr", article.Language);
        Assert.Equal(userIds[Member], article.AuthorId);
        Assert.Null(article.OriginalId);
        var saved = Assert.Single(await db.Comments.AsNoTracking().Where(c => c.ArticleId == article.Id).ToListAsync());
        Assert.Equal(body, saved.Body);
        Assert.Equal(userIds[DemoAccounts.Facilitator], saved.AuthorId);
        Assert.NotNull(saved.HiddenAt);
        Assert.Equal(reason, saved.HiddenReason);
        Assert.Equal(2, saved.Version);
        var moderation = Assert.Single(await db.CommentModerations.AsNoTracking().Where(m => m.CommentId == saved.Id).ToListAsync());
        Assert.Equal(CommentModerationKind.Hide, moderation.Kind);
        Assert.Equal(reason, moderation.Reason);
        Assert.Equal(userIds[DemoAccounts.Administrator], moderation.ModeratorId);
    }

    // Member A writes the article through the form, in French; returns its address.
    private async Task<string> WriteArticleAsync(string title)
    {
        await using var context = await Fixture.NewContextAsync(Member, "fr");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/new");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Écrire un article");
        await page.GetByLabel("Titre", new() { Exact = true }).FillAsync(title);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Ce que trois territoires ont appris en réunissant leurs tables rondes.");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Les tables rondes de l’été ont réuni **quarante personnes**.");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Langue", Exact = true }).SelectOptionAsync("fr");
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Langue", Exact = true }).Locator("option:checked")).ToHaveTextAsync("Français");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/articles/\\d+$"));
        await Assertions.Expect(page.Locator(".flash")).ToHaveTextAsync("L’article est publié.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("article")).ToHaveAttributeAsync("lang", "fr");
        return new Uri(page.Url).AbsolutePath;
    }

    // Member B comments on it from the article's page.
    private async Task CommentAsync(string articleUrl, string body)
    {
        await using var context = await Fixture.NewContextAsync(DemoAccounts.Facilitator, "fr");
        var page = await context.NewPageAsync();
        await page.GotoAsync(articleUrl);
        var field = page.GetByLabel("Votre commentaire", new() { Exact = true });
        await page.TabToAsync(field, maxPresses: 120);
        await page.Keyboard.TypeAsync(body);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le commentaire", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".flash")).ToHaveTextAsync("Votre commentaire est publié.");
        await Assertions.Expect(page.Locator("#comments li.comment .comment-body")).ToHaveTextAsync(body);
    }
}
