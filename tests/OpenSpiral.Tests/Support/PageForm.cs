using System.Net;
using System.Text.RegularExpressions;

namespace OpenSpiral.Tests.Support;

/// <summary>Submits a page's form as a browser would: with the antiforgery token the page rendered.</summary>
public static partial class PageForm
{
    /// <summary>Loads <paramref name="url"/> and posts <paramref name="fields"/> to <paramref name="action"/> (by default the page itself).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        using var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var token = Token().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {url}");
        var form = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await client.PostAsync(action ?? url, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
