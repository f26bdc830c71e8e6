using System.Text.Json;

namespace OpenSpiral.Tests.Criteria.Import;

[Collection(ApplicationCollection.Name)]
public sealed class CriteriaImportOpenApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_OpenAPI_document_describes_the_import_as_a_multipart_file_field_with_a_validation_problem()
    {
        using var client = app.CreateAnonymousClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        var import = paths.GetProperty("/api/v1/territories/{territoryId}/criteria/import").GetProperty("post");
        var schema = import.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
        Assert.Equal("binary", schema.GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
        Assert.True(import.GetProperty("responses").TryGetProperty("400", out _), "The import documents no 400 answer.");
        Assert.True(paths.TryGetProperty("/api/v1/territories/{territoryId}/criteria/export", out _));
    }
}
