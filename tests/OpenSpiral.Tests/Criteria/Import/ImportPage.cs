using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenSpiral.Tests.Criteria.Import;

/// <summary>Drives the import pages as a browser without JavaScript would: upload, follow the progress, confirm.</summary>
public static partial class ImportPage
{
    public static string UploadUrl(string slug) => $"/territories/{slug}/workspace/criteria/import";

    /// <summary>Uploads a file through the page's form; answers the response (a redirect to the preview when accepted).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string slug, byte[] file, string fileName, string query = "")
    {
        using var page = await client.GetAsync(UploadUrl(slug) + query);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token(await page.Content.ReadAsStringAsync())), "__RequestVerificationToken" },
        };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "Upload", fileName);
        return await client.PostAsync(UploadUrl(slug) + query, form);
    }

    /// <summary>Polls the progress handler until the running step ends; answers the final state.</summary>
    public static async Task<string> WaitAsync(HttpClient client, string statusUrl)
    {
        for (var i = 0; i < 600; i++)
        {
            using var response = await client.GetAsync(statusUrl + "?handler=Progress");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var state = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("state").GetString()!;
            if (state is not ("Previewing" or "Importing"))
            {
                return state;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{statusUrl} is still running.");
    }

    /// <summary>Posts one of the status page's buttons (Import, Discard) with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PressAsync(HttpClient client, string statusUrl, string handler)
    {
        using var page = await client.GetAsync(statusUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", Token(await page.Content.ReadAsStringAsync()))]);
        return await client.PostAsync($"{statusUrl}?handler={handler}", form);
    }

    private static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "No antiforgery token on the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
