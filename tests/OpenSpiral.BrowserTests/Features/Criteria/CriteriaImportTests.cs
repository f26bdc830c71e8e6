using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Accessibility;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace OpenSpiral.BrowserTests.Features.Criteria;

public sealed class CriteriaImportTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Header = "group,question,text,language,component";

    [Fact]
    public Task The_coordinator_previews_a_CSV_file_then_imports_it_with_the_keyboard() => WithPageAsync(async page =>
    {
        var import = new CriteriaImportPage(page);
        var group = DemoAccounts.FirstTerritoryGroup;
        var marker = Guid.NewGuid().ToString("N")[..8];
        await import.GotoAsync(DemoAccounts.FirstTerritory);
        await Expect(import.Heading("Import criteria")).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();

        await import.ChooseCsvAsync("Criteria file (CSV or XLSX)", "session.csv", Header,
            $"{group},Q1,Un terrain de foot éclairé {marker},fr,A07",
            $"{group},Q2,\"Le soir, rien à faire {marker}\",,",
            $"{group},Q3,J'aide ma petite sœur {marker},fr,D01");
        await page.TabToAsync(import.Button("See the preview"));
        await page.Keyboard.PressAsync("Enter");

        // The progress page reloads itself (import-progress.js) into the preview.
        await Expect(import.Heading("Check before importing")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.GetByText("3 criteria, 2 of them already classified.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = $"Le soir, rien à faire {marker}" })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
        await PictureForTheGuideAsync(page, "criteria-import-preview.png");

        await page.TabToAsync(import.Button("Import the 3 criteria"));
        await page.Keyboard.PressAsync("Enter");

        await Expect(import.Heading("Criteria imported")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(import.Status).ToContainTextAsync("3 criteria were imported from session.csv.");
        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Coordinator, "en");

    [Fact]
    public Task A_bad_file_lists_its_problems_in_French_and_offers_no_import() => WithPageAsync(async page =>
    {
        var import = new CriteriaImportPage(page);
        await import.GotoAsync(DemoAccounts.FirstTerritory);

        await import.ChooseCsvAsync("Fichier de critères (CSV ou XLSX)", "erreurs.csv", Header,
            "Personne,Q1,Un critère,fr,",
            $"{DemoAccounts.FirstTerritoryGroup},Q8,Un autre,fr,Z42");
        await import.Button("Voir l'aperçu").ClickAsync();

        await Expect(import.Alert).ToContainTextAsync("Rien n'a été importé : le fichier a 3 problèmes.", new() { Timeout = 60_000 });
        await Expect(import.Alert).ToContainTextAsync("Ligne 2 : Groupe « Personne » inconnu.");
        await Expect(import.Alert).ToContainTextAsync("Ligne 3 : Composante « Z42 » inconnue dans la grille en vigueur.");
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Importer") })).ToHaveCountAsync(0);
        await page.AssertNoSeriousViolationsAsync();
        await PictureForTheGuideAsync(page, "criteria-import-problems.png");
    }, DemoAccounts.Coordinator, "fr");

    // Pictures for docs/guide/import-export.md, only when OPENSPIRAL_SCREENSHOTS_DIR is set (see the README).
    private static async Task PictureForTheGuideAsync(IPage page, string file)
    {
        if (Environment.GetEnvironmentVariable("OPENSPIRAL_SCREENSHOTS_DIR") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, file), FullPage = true });
        }
    }
}
