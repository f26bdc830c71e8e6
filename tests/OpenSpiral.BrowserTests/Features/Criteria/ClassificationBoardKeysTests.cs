using System.Text.Json;
using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Features.Criteria;

/// <summary>Ten post-its classified with the keyboard alone: keys 1, 2, 3 take suggestions, typed codes are confirmed with Enter.</summary>
public sealed class ClassificationBoardKeysTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Workspace = $"/territories/{DemoAccounts.FirstTerritory}/workspace";

    [Fact]
    public Task Ten_criteria_are_classified_with_keys_and_typed_codes_the_focus_going_row_to_row_and_undo_gives_back_the_last() => WithPageAsync(async page =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..5];
        string[] texts =
        [
            $"Un logement chaud l'hiver {suffix}", $"Le loyer est trop cher {suffix}", $"Des voisins qui disent bonjour {suffix}",
            $"Un travail stable {suffix}", $"Je me sens seul le soir {suffix}", $"Un parc près de chez moi {suffix}",
            $"Des bus le dimanche {suffix}", $"Un médecin qui prend le temps {suffix}", $"Des fêtes de quartier {suffix}",
            $"Une école près de la maison {suffix}",
        ];
        var groupId = await NewGroupWithCriteriaAsync(page, texts);
        var board = new ClassificationBoardPage(page);

        // The suggestions come from a model trained at start-up: wait until the rows have them.
        for (var attempt = 0; attempt < 30 && await board.Suggestions(texts[0]).CountAsync() == 0; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(1_000);
            }

            await page.GotoAsync(ClassificationBoardPage.PathFor(DemoAccounts.FirstTerritory, groupId));
        }

        await Assertions.Expect(board.KeysHelp).ToBeVisibleAsync();
        await Assertions.Expect(board.KeysHelp).ToContainTextAsync("press 1, 2 or 3 to take that suggestion");

        // What each row gets, decided before a key is pressed: a suggestion by its key, else a code typed in lower case.
        var expected = new List<string?>();
        var plan = new List<(string? Key, string Code)>();
        string[] typed = ["a03", "g07", "b02", "a08"];
        for (var i = 0; i < texts.Length; i++)
        {
            var rank = i % 4; // 0: typed, 1-3: that suggestion
            var suggestions = await board.Suggestions(texts[i]).EvaluateAllAsync<string[]>("bs => bs.map(b => b.value.split(':')[1])");
            var (key, code) = rank > 0 && suggestions.Length >= rank ? (rank.ToString(System.Globalization.CultureInfo.InvariantCulture), suggestions[rank - 1]) : ((string?)null, typed[i % typed.Length]);
            plan.Add((key, code));
            expected.Add(code.ToUpperInvariant());
        }

        Assert.Contains(plan, p => p.Key is not null);
        await page.TabToAsync(board.CodeBox(texts[0]), maxPresses: 200);
        for (var i = 0; i < texts.Length; i++)
        {
            await Assertions.Expect(board.CodeBox(texts[i])).ToBeFocusedAsync();
            var (key, code) = plan[i];
            if (key is null)
            {
                await page.Keyboard.TypeAsync(code);
                await page.Keyboard.PressAsync("Enter");
            }
            else
            {
                await page.Keyboard.PressAsync(key);
            }

            await Assertions.Expect(board.Announcement).ToContainTextAsync($"Classified in {code.ToUpperInvariant()} ");
            await Assertions.Expect(board.Announcement).ToContainTextAsync(texts[i]);
        }

        // Nothing left on the page: the focus goes to the criteria left to classify.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Next criteria to classify" })).ToBeFocusedAsync();
        Assert.Equal(expected, await ComponentsAsync(page, groupId));

        // Undo, with the keyboard too: the last row saved is unclassified again, the nine others keep theirs.
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Undo my last change" }), maxPresses: 40);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await Assertions.Expect(board.Status).ToHaveTextAsync("Your last change is undone (one criterion).");
        Assert.Equal([.. expected[..^1], null], await ComponentsAsync(page, groupId));
    }, DemoAccounts.Facilitator, "en");

    // A new group of the first territory with these criteria under Q1, typed through the pages; answers the group's id.
    private static async Task<int> NewGroupWithCriteriaAsync(IPage page, string[] texts)
    {
        var name = $"Keys {Guid.NewGuid():N}"[..20];
        var form = new GroupFormPage(page, UiText.English);
        await form.GotoNewAsync(DemoAccounts.FirstTerritory);
        await form.CreateAsync(name, 6);
        // Creating a group goes on to its criteria page: /territories/{slug}/workspace/groups/{id}/criteria.
        await page.WaitForURLAsync("**/groups/*/criteria", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var groupId = int.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^2], System.Globalization.CultureInfo.InvariantCulture);

        var box = page.GetByLabel("New criteria for Q1, one per line");
        await box.FillAsync(string.Join('\n', texts));
        await page.Locator("form").Filter(new() { Has = box }).GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{texts.Length} criteria added.");
        return groupId;
    }

    // The components of the group's criteria in the order they were written, read back from the API.
    private static async Task<List<string?>> ComponentsAsync(IPage page, int groupId)
    {
        var response = await page.APIRequest.GetAsync($"/api/v1/territories/1/criteria?groupId={groupId}&pageSize=50");
        Assert.True(response.Ok, $"The criteria API answered {response.Status}");
        var body = await response.JsonAsync();
        return [.. body!.Value.GetProperty("items").EnumerateArray().OrderBy(c => c.GetProperty("id").GetInt64())
            .Select(c => c.GetProperty("component").ValueKind == JsonValueKind.Null ? null : c.GetProperty("component").GetString())];
    }
}
