using System.Net.Http.Headers;

namespace OpenSpiral.Tests.Criteria.Import;

public static class ImportRequests
{
    /// <summary>POSTs a file to the import API as multipart/form-data in the field "file".</summary>
    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, int territoryId, byte[] file, string fileName, string? language = null)
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        content.Add(part, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/territories/{territoryId}/criteria/import") { Content = content };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return await client.SendAsync(request);
    }
}
