using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.BrowserTests.Features.Glossary;

/// <summary>
/// A glossary term in a wiki page's text shows its definition to a keyboard user who tabs to it and to a mouse user who
/// points at it; Escape and moving away hide it again. In each language, the term and definition are that language's.
/// </summary>
public sealed class GlossaryTooltipTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string, string, string, string> Languages() => new()
    {
        {
            "en", "Our coordination group meets every month.", "coordination group",
            "The 7 to 35 people who represent a territory's stakeholders (elected officials, services, associations, businesses, citizens) and run the whole process. Also called local support group or multi-actor platform.",
            "In the glossary"
        },
        {
            "fr", "Notre groupe de coordination se réunit chaque mois.", "groupe de coordination",
            "Les 7 à 35 personnes qui représentent les acteurs d'un territoire (élus, services, associations, entreprises, citoyens) et conduisent toute la démarche. On dit aussi groupe d'appui local ou plateforme multi-acteurs.",
            "Dans le glossaire"
        },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Tabbing_to_a_term_shows_its_definition_until_Escape_or_focus_moves_away(string language, string text, string term, string definition, string linkText)
    {
        var slug = await SeedPageAsync(language, text);
        await WithPageAsync(async page =>
        {
            await page.GotoAsync($"/wiki/{slug}");
            var dfn = page.Locator(".prose dfn");
            var tip = page.GetByRole(AriaRole.Tooltip, new() { IncludeHidden = true });
            await Assertions.Expect(dfn).ToHaveTextAsync(term);
            await Assertions.Expect(tip).ToHaveCountAsync(1);
            await Assertions.Expect(dfn).ToHaveAttributeAsync("aria-describedby", (await tip.GetAttributeAsync("id"))!);
            await Assertions.Expect(tip).ToBeHiddenAsync();

            await page.TabToAsync(dfn, maxPresses: 120);
            await Assertions.Expect(tip).ToBeVisibleAsync();
            await Assertions.Expect(tip).ToHaveTextAsync($"{definition} {linkText}");
            await Assertions.Expect(dfn).ToHaveAccessibleDescriptionAsync($"{definition} {linkText}");

            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(tip).ToBeHiddenAsync();
            Assert.True(await dfn.IsFocusedAsync());

            // Leaving and coming back shows it again; its link to the glossary is the next stop of Tab.
            await page.Keyboard.PressAsync("Shift+Tab");
            await Assertions.Expect(tip).ToBeHiddenAsync();
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await dfn.IsFocusedAsync());
            await Assertions.Expect(tip).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(tip.GetByRole(AriaRole.Link, new() { Name = linkText, Exact = true })).ToBeFocusedAsync();
            await Assertions.Expect(tip).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(tip).ToBeHiddenAsync();
        }, language: language, name: $"keyboard.{language}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Pointing_at_a_term_shows_its_definition_until_the_pointer_leaves(string language, string text, string term, string definition, string linkText)
    {
        var slug = await SeedPageAsync(language, text);
        await WithPageAsync(async page =>
        {
            await page.GotoAsync($"/wiki/{slug}");
            var dfn = page.Locator(".prose dfn");
            var tip = page.GetByRole(AriaRole.Tooltip, new() { IncludeHidden = true });
            await Assertions.Expect(dfn).ToHaveTextAsync(term);
            await Assertions.Expect(tip).ToBeHiddenAsync();

            await dfn.HoverAsync();
            await Assertions.Expect(tip).ToBeVisibleAsync();
            await Assertions.Expect(tip).ToHaveTextAsync($"{definition} {linkText}");

            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(tip).ToBeHiddenAsync();

            await page.Mouse.MoveAsync(1, 1);
            await Assertions.Expect(tip).ToBeHiddenAsync();
            await dfn.HoverAsync();
            await Assertions.Expect(tip).ToBeVisibleAsync();
            await page.Mouse.MoveAsync(1, 1);
            await Assertions.Expect(tip).ToBeHiddenAsync();
        }, language: language, name: $"hover.{language}");
    }

    [Fact]
    public async Task On_a_page_in_another_language_the_definition_is_in_the_page_language_and_its_link_in_the_interface_language()
    {
        var slug = await SeedPageAsync("fr", "Notre groupe de coordination se réunit chaque mois.");
        await WithPageAsync(async page =>
        {
            await page.GotoAsync($"/wiki/{slug}");
            var dfn = page.Locator(".prose dfn");
            var tip = page.GetByRole(AriaRole.Tooltip, new() { IncludeHidden = true });

            await page.TabToAsync(dfn, maxPresses: 120);

            await Assertions.Expect(tip).ToHaveTextAsync("Les 7 à 35 personnes qui représentent les acteurs d'un territoire (élus, services, associations, entreprises, citoyens) et conduisent toute la démarche. On dit aussi groupe d'appui local ou plateforme multi-acteurs. In the glossary");
            Assert.Equal("fr", await tip.EvaluateAsync<string>("e => e.closest('[lang]').lang"));
            Assert.Equal("en", await tip.GetByRole(AriaRole.Link).EvaluateAsync<string>("e => e.closest('[lang]').lang"));
        }, language: "en");
    }

    private async Task<string> SeedPageAsync(string language, string text)
    {
        var slug = $"glossary-tip-{Guid.NewGuid():N}"[..24];
        await using var scope = Fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var now = DateTime.UtcNow;
        var page = new WikiPage { Slug = slug, Title = language == "fr" ? "Notre démarche" : "How we work", Content = text, Language = language, CreatedAt = now, UpdatedAt = now };
        page.Revisions.Add(new WikiRevision { Number = 1, Title = page.Title, Content = page.Content, CreatedAt = now });
        db.WikiPages.Add(page);
        await db.SaveChangesAsync();
        return slug;
    }
}
