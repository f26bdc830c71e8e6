using System.Net;
using System.Text.Json;

namespace OpenSpiral.Tests;

/// <summary>Assertions on RFC 9457 problem details answers.</summary>
public static class Problems
{
    /// <summary>The response is application/problem+json with this status; answers the body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonSerializer.Deserialize<JsonElement>(text);
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        return body;
    }

    /// <summary>A 400 validation problem whose <c>errors</c> name exactly these fields.</summary>
    public static async Task<JsonElement> AssertValidationProblemAsync(HttpResponseMessage response, params string[] fields)
    {
        var body = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(body.TryGetProperty("errors", out var errors), $"No errors in {body}");
        Assert.Equal(fields.Order(StringComparer.Ordinal), errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        foreach (var error in errors.EnumerateObject())
        {
            Assert.Contains(error.Value.EnumerateArray(), m => !string.IsNullOrWhiteSpace(m.GetString()));
        }

        return body;
    }
}
