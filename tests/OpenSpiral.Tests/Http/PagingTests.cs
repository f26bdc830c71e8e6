using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenSpiral.Tests.Http;

/// <summary>
/// Every paginated list, API and pages: a page past the end is empty (with the total), never page 1
/// again. The API refuses a page below 1 with a 400; pages read it as page 1.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed partial class PagingTests(OpenSpiralApplication app)
{
    // (page - 1) * 200 no longer fits in an int: the offset used to wrap to a negative number, read as 0.
    private const int HugePage = 10_737_420;

    public static TheoryData<string, string?> ApiLists => new()
    {
        { "/api/v1/territories", null },
        { "/api/v1/territories/{territory}/criteria", DemoData.Coordinator1 },
        { "/api/v1/territories/{territory}/kiosk/pending", DemoData.Facilitator1 },
        { "/api/v1/network/criteria", DemoData.Member },
    };

    public static TheoryData<string, string?, string> PageLists => new()
    {
        { "/territories?q=", null, "<li class=\"card\">" },
        { "/network/criteria?component=", DemoData.Member, "<td lang=" },
        { "/admin/territories?x=", DemoData.Administrator, "/edit\"" },
        { "/admin/users?q=", DemoData.Administrator, "<th scope=\"row\">" },
        { "/territories/mulhouse/workspace/classify?all=true", DemoData.Coordinator1, "name=\"Selected\" value=" },
        { "/territories/mulhouse/workspace/kiosks/pending?culture=en", DemoData.Facilitator1, "name=\"Selected\" value=" },
    };

    [Theory]
    [MemberData(nameof(ApiLists))]
    public async Task An_api_page_past_the_end_is_empty_and_keeps_the_total(string list, string? account)
    {
        using var client = account is null ? app.CreateAnonymousClient() : await app.CreateBearerClientAsync(account);
        var url = await AddressAsync(list);
        var total = (await PageAsync(client, url, "page=1&pageSize=1")).GetProperty("total").GetInt32();
        Assert.True(total > 1, $"{url} needs at least two items");

        var last = await PageAsync(client, url, $"page={total}&pageSize=1");
        var pastTheEnd = await PageAsync(client, url, $"page={total + 1}&pageSize=1");
        var huge = await PageAsync(client, url, $"page={HugePage}&pageSize=200");

        Assert.Equal(1, last.GetProperty("items").GetArrayLength());
        Assert.Equal(0, pastTheEnd.GetProperty("items").GetArrayLength());
        Assert.Equal(total, pastTheEnd.GetProperty("total").GetInt32());
        Assert.Equal(total + 1, pastTheEnd.GetProperty("page").GetInt32());
        Assert.Equal(total, pastTheEnd.GetProperty("pageCount").GetInt32());
        Assert.Equal(0, huge.GetProperty("items").GetArrayLength());
        Assert.Equal(HugePage, huge.GetProperty("page").GetInt32());
        Assert.Equal(total, huge.GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(ApiLists))]
    public async Task An_api_page_below_1_or_a_size_out_of_bounds_answers_400_naming_it(string list, string? account)
    {
        using var client = account is null ? app.CreateAnonymousClient() : await app.CreateBearerClientAsync(account);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var url = await AddressAsync(list);

        using var zero = await client.GetAsync(url + "?page=0");
        using var negative = await client.GetAsync(url + "?page=-3&pageSize=201");

        var body = await Problems.AssertValidationProblemAsync(zero, "page");
        Assert.Equal("Les pages commencent à 1 et contiennent de 1 à 200 éléments.", body.GetProperty("errors").GetProperty("page")[0].GetString());
        await Problems.AssertValidationProblemAsync(negative, "page", "pageSize");
    }

    [Theory]
    [MemberData(nameof(PageLists))]
    public async Task A_page_past_the_end_of_a_list_is_empty_and_leads_back_to_the_last_page(string list, string? account, string item)
    {
        using var client = account is null ? app.CreateAnonymousClient() : await app.CreateCookieClientAsync(account);
        var first = await client.GetStringAsync(list + "&p=1");
        var pageCount = PageOf().Match(first) is { Success: true } m ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 1;

        var last = await client.GetStringAsync(list + $"&p={pageCount}");
        var pastTheEnd = await client.GetStringAsync(list + $"&p={pageCount + 1}");
        var huge = await client.GetStringAsync(list + $"&p={HugePage}");

        Assert.True(Count(first, item) > 0, $"{list} shows no item on its first page");
        Assert.True(Count(last, item) > 0, $"{list} shows no item on its last page");
        Assert.Equal(0, Count(pastTheEnd, item));
        Assert.Contains($"Page {pageCount + 1} is past the end of the list: the last page is page {pageCount}.", pastTheEnd, StringComparison.Ordinal);
        Assert.DoesNotContain($"Page {pageCount + 1} of {pageCount}", pastTheEnd, StringComparison.Ordinal);
        var back = LastPageLink().Match(pastTheEnd);
        Assert.True(back.Success, $"No link to the last page on {list}");
        Assert.Equal(Count(last, item), Count(await client.GetStringAsync(WebUtility.HtmlDecode(back.Groups[1].Value)), item));
        Assert.Equal(0, Count(huge, item));
        Assert.Contains($"Page {HugePage} is past the end of the list: the last page is page {pageCount}.", huge, StringComparison.Ordinal);
        Assert.DoesNotContain($"Page {HugePage} of", huge, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PageLists))]
    public async Task A_page_number_below_1_shows_the_first_page(string list, string? account, string item)
    {
        using var client = account is null ? app.CreateAnonymousClient() : await app.CreateCookieClientAsync(account);
        var first = await client.GetStringAsync(list + "&p=1");

        var zero = await client.GetStringAsync(list + "&p=0");
        var negative = await client.GetStringAsync(list + "&p=-5");

        Assert.Equal(Count(first, item), Count(zero, item));
        Assert.Equal(Count(first, item), Count(negative, item));
        Assert.DoesNotContain("Page 0 of", zero, StringComparison.Ordinal);
        Assert.DoesNotContain("Page -5 of", negative, StringComparison.Ordinal);
    }

    private static int Count(string html, string item) => Regex.Count(html, Regex.Escape(item));

    private async Task<string> AddressAsync(string list) =>
        list.Replace("{territory}", (await app.GetTerritoryIdAsync(DemoData.Territory1Slug)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static async Task<JsonElement> PageAsync(HttpClient client, string url, string query)
    {
        using var response = await client.GetAsync($"{url}?{query}");
        Assert.True(response.IsSuccessStatusCode, $"{url}?{query} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [GeneratedRegex("href=\"([^\"]*)\" rel=\"prev\">Last page<")]
    private static partial Regex LastPageLink();

    [GeneratedRegex("Page (\\d+) of (\\d+)")]
    private static partial Regex PageOf();
}
