using System.Text.Json;

namespace OpenSpiral.Tests.Accounts;

[Collection(ApplicationCollection.Name)]
public sealed class AccountsOpenApiTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData("/api/v1/identity/register", "post", "200,400,429")]
    [InlineData("/api/v1/identity/login", "post", "200,401,429")]
    [InlineData("/api/v1/identity/refresh", "post", "200,401,429")]
    [InlineData("/api/v1/identity/confirmEmail", "get", "200,401")]
    [InlineData("/api/v1/identity/resendConfirmationEmail", "post", "200,429")]
    [InlineData("/api/v1/identity/forgotPassword", "post", "200,429")]
    [InlineData("/api/v1/identity/resetPassword", "post", "200,400,429")]
    [InlineData("/api/v1/identity/manage/info", "get", "200,401,403,404")]
    [InlineData("/api/v1/identity/manage/info", "post", "200,400,401,403,404")]
    public async Task The_identity_endpoints_are_documented_with_their_answers(string path, string method, string statuses)
    {
        using var client = app.CreateAnonymousClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var responses = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");

        Assert.Equal(statuses, string.Join(',', responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("/api/v1/identity/register")]
    [InlineData("/api/v1/identity/login")]
    [InlineData("/api/v1/identity/refresh")]
    [InlineData("/api/v1/identity/resendConfirmationEmail")]
    [InlineData("/api/v1/identity/forgotPassword")]
    [InlineData("/api/v1/identity/resetPassword")]
    public async Task The_rate_limited_identity_endpoints_document_their_429_as_a_problem(string path)
    {
        using var client = app.CreateAnonymousClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var tooMany = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("responses").GetProperty("429");

        var content = Assert.Single(tooMany.GetProperty("content").EnumerateObject());
        Assert.Equal("application/problem+json", content.Name);
        Assert.Equal("#/components/schemas/ProblemDetails", content.Value.GetProperty("schema").GetProperty("$ref").GetString());
    }
}
