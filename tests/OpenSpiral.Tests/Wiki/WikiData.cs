using System.Net.Http.Json;

namespace OpenSpiral.Tests.Wiki;

/// <summary>Pages of their own for each test, created through the API.</summary>
public static class WikiData
{
    private static int _next;

    public static string NewSlug(string stem = "page") => $"{stem}-{Interlocked.Increment(ref _next)}-{Guid.NewGuid():N}"[..Math.Min(60, stem.Length + 20)];

    public static HttpRequestMessage Put(string slug, object body, string? ifMatch = null, bool create = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/wiki/{slug}") { Content = JsonContent.Create(body) };
        if (create)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", "*");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    /// <summary>Creates a page as <paramref name="client"/>'s member and answers its slug.</summary>
    public static async Task<string> CreateAsync(HttpClient client, string title = "A page", string content = "First text.", string? slug = null, string? language = "en", string? parent = null)
    {
        slug ??= NewSlug();
        using var request = Put(slug, new { title, content, language, parent }, create: true);
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return slug;
    }

    /// <summary>Updates a page from <paramref name="version"/>, expecting success.</summary>
    public static async Task UpdateAsync(HttpClient client, string slug, int version, string title, string content)
    {
        using var request = Put(slug, new { title, content }, ifMatch: $"\"{version}\"");
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
