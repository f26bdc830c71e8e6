using System.Net;
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
}
