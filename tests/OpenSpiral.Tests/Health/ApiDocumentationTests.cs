using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpenSpiral.Tests.Health;

/// <summary>The OpenAPI document and the API reference are served unless the operator turns them off.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class ApiDocumentationTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData(null, null, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("true", "false", HttpStatusCode.OK, HttpStatusCode.NotFound)]
    [InlineData("false", "true", HttpStatusCode.NotFound, HttpStatusCode.NotFound)]
    public async Task The_document_and_the_reference_follow_their_settings(string? document, string? reference, HttpStatusCode documentStatus, HttpStatusCode referenceStatus)
    {
        using var factory = app.WithWebHostBuilder(b =>
        {
            if (document is not null)
            {
                b.UseSetting("Api:OpenApiDocument:Enabled", document);
            }

            if (reference is not null)
            {
                b.UseSetting("Api:Reference:Enabled", reference);
            }
        });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var openApi = await client.GetAsync("/openapi/v1.json");
        using var apiReference = await client.GetAsync("/api-reference/");

        Assert.Equal(documentStatus, openApi.StatusCode);
        Assert.Equal(referenceStatus, apiReference.StatusCode);
    }

    [Theory]
    [InlineData("en", "Back to OpenSpiral")]
    [InlineData("fr", "Retour à OpenSpiral")]
    public async Task The_reference_hides_the_vendors_buttons_and_links_back_to_the_site(string language, string backLink)
    {
        using var client = app.CreateAnonymousClient();

        var html = await client.GetStringAsync($"/api-reference/?culture={language}");

        Assert.Contains($"<nav class=\"api-reference-site\" aria-label=\"OpenSpiral\"><a href=\"/\">{backLink}</a></nav>", html, StringComparison.Ordinal);
        var configuration = Regex.Match(html, @"initialize\(\s*'[^']*',\s*(?:true|false),\s*(\{.*?\}),\s*'", RegexOptions.Singleline);
        Assert.True(configuration.Success, "No configuration in the reference page:\n" + html);
        using var json = JsonDocument.Parse(configuration.Groups[1].Value);
        var options = json.RootElement;
        Assert.True(options.GetProperty("hideClientButton").GetBoolean());
        Assert.True(options.GetProperty("hideDarkModeToggle").GetBoolean());
        Assert.Equal("none", options.GetProperty("documentDownloadType").GetString());
        Assert.Equal("never", options.GetProperty("showDeveloperTools").GetString());
        Assert.Equal("/img/spiral.svg", options.GetProperty("favicon").GetString());
        Assert.False(options.GetProperty("telemetry").GetBoolean());
    }
}
