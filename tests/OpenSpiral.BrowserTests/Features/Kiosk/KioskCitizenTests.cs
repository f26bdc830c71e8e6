using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Features.Kiosk;

public sealed class KioskCitizenTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const double MinimumTouchTarget = 48;

    [Fact]
    public Task A_citizen_gives_ideas_in_French_on_a_phone_then_a_coordinator_approves_one_with_the_keyboard() => WithPageAsync(async page =>
    {
        var first = $"Un parc près de chez moi {Guid.NewGuid():N}"[..32];
        var second = $"Des voisins qui se disent bonjour {Guid.NewGuid():N}"[..40];
        await page.SetViewportSizeAsync(390, 844);
        var kiosk = new KioskScreen(page);

        await page.GotoAsync(KioskScreen.StartPath(DemoAccounts.Kiosk));
        await Assertions.Expect(kiosk.Heading).ToHaveTextAsync(DemoAccounts.KioskTitle);
        Assert.Empty(await kiosk.TooSmallTargetsAsync(MinimumTouchTarget));
        await kiosk.Link("Français").ClickAsync();

        await Assertions.Expect(kiosk.Heading).ToHaveTextAsync("Qu'est-ce que le bien-être pour vous ?");
        Assert.Equal("fr", await new Layout(page).LanguageAsync());
        await Assertions.Expect(page.GetByText("Question 1 sur 3")).ToBeVisibleAsync();
        Assert.Empty(await kiosk.TooSmallTargetsAsync(MinimumTouchTarget));

        // Two ideas, one per line, with the keyboard only.
        var ideas = kiosk.Ideas("Vos idées, une par ligne");
        await page.TabToAsync(ideas);
        await page.Keyboard.TypeAsync(first);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync(second);
        await page.TabToAsync(kiosk.Button("Envoyer mes idées"));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(kiosk.Status).ToHaveTextAsync("Merci ! Vos 2 idées sont ajoutées.");
        await Assertions.Expect(kiosk.Heading).ToHaveTextAsync("Qu'est-ce que le mal-être pour vous ?");
        await kiosk.Link("Passer cette question").ClickAsync();
        await Assertions.Expect(page.GetByText("Question 3 sur 3")).ToBeVisibleAsync();
        await kiosk.Link("Terminer").ClickAsync();
        await Assertions.Expect(kiosk.Heading).ToHaveTextAsync("Merci pour vos idées !");
        await kiosk.Link("Terminer").ClickAsync();
        await page.WaitForURLAsync($"**{KioskScreen.StartPath(DemoAccounts.Kiosk)}");

        // The coordinator finds both ideas waiting, and approves the first from the keyboard.
        await using var coordinatorContext = await Fixture.NewContextAsync(DemoAccounts.Coordinator, "fr");
        var coordinator = await coordinatorContext.NewPageAsync();
        await coordinator.GotoAsync($"/territories/{DemoAccounts.FirstTerritory}/workspace/kiosks/pending");
        var texts = await coordinator.Locator("main textarea").EvaluateAllAsync<string[]>("areas => areas.map(a => a.value)");
        Assert.Contains(first, texts);
        Assert.Contains(second, texts);
        var row = coordinator.GetByRole(AriaRole.Row).Filter(new() { HasText = first });
        var approve = row.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Valider la réponse") });
        await coordinator.TabToAsync(approve, maxPresses: 400);
        await coordinator.Keyboard.PressAsync("Enter");
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Une réponse validée : elle compte maintenant avec les critères du groupe.");
        var remaining = await coordinator.Locator("main textarea").EvaluateAllAsync<string[]>("areas => areas.map(a => a.value)");
        Assert.DoesNotContain(first, remaining);
        Assert.Contains(second, remaining);
    }, language: null);

    [Fact]
    public Task The_kiosk_goes_back_to_its_start_after_a_while_without_a_touch() => WithPageAsync(async page =>
    {
        var kiosk = new KioskScreen(page);
        await page.GotoAsync($"{KioskScreen.StartPath(DemoAccounts.Kiosk)}/answer?culture=fr&question=Q1");
        await kiosk.Ideas("Vos idées, une par ligne").FillAsync("Un texte que la personne suivante ne doit pas voir");

        // The same script with a one-second delay instead of the configured ninety.
        await page.EvaluateAsync("() => document.body.setAttribute('data-idle-seconds', '1')");
        await page.AddScriptTagAsync(new() { Url = "/js/kiosk.js" });

        await page.WaitForURLAsync(url => url.EndsWith(KioskScreen.StartPath(DemoAccounts.Kiosk), StringComparison.Ordinal), new() { Timeout = 5_000 });
        await Assertions.Expect(kiosk.Heading).ToHaveTextAsync(DemoAccounts.KioskTitle);
    }, language: "fr");
}
