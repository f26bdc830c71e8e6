using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Features.Kiosk;

public sealed partial class KioskFeedbackLinkTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task A_citizen_who_gave_an_idea_at_the_kiosk_follows_the_thank_you_link_to_the_group_s_page() => WithPageAsync(async page =>
    {
        var idea = $"Un banc à l'ombre près de l'école {Guid.NewGuid():N}"[..40];
        var kiosk = new KioskScreen(page);
        await page.GotoAsync(KioskScreen.StartPath(DemoAccounts.Kiosk));
        await kiosk.Link("Français").ClickAsync();
        await kiosk.Ideas("Vos idées, une par ligne").FillAsync(idea);
        await kiosk.Button("Envoyer mes idées").ClickAsync();
        await Assertions.Expect(kiosk.Status).ToHaveTextAsync("Merci ! Votre idée est ajoutée.");
        await kiosk.Link("Passer cette question").ClickAsync();
        await kiosk.Link("Terminer").ClickAsync();
        await Assertions.Expect(kiosk.Heading).ToHaveTextAsync("Merci pour vos idées !");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ce que sont devenues les paroles de votre groupe" })).ToBeVisibleAsync();
        var qr = page.GetByRole(AriaRole.Main).Locator("img[src$='/qr.svg']");
        await Assertions.Expect(qr).ToBeVisibleAsync();
        await Assertions.Expect(qr).ToHaveAttributeAsync("alt", QrName());
        await kiosk.Link("Voir la page de votre groupe").ClickAsync();

        await page.WaitForURLAsync(FeedbackPage());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(FeedbackHeading());
        Assert.Equal("fr", await new Layout(page).LanguageAsync());

        // The idea waits for approval: the group's page does not show it yet.
        await Assertions.Expect(page.GetByText(idea)).ToHaveCountAsync(0);
    }, language: null);

    [GeneratedRegex(@"^QR code de http://127\.0\.0\.1:\d+/g/[a-z0-9]{10}$")]
    private static partial Regex QrName();

    [GeneratedRegex(@"/g/[a-z0-9]{10}\?culture=fr$")]
    private static partial Regex FeedbackPage();

    [GeneratedRegex(@"^Ce que sont devenues vos paroles\s:\s.+$")]
    private static partial Regex FeedbackHeading();
}
