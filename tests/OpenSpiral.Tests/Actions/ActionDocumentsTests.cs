using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Actions;

[Collection(ApplicationCollection.Name)]
public sealed partial class ActionDocumentsTests(OpenSpiralApplication app)
{
    private const string Workspace = "/territories/mulhouse/workspace/actions";

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://example.org/file")]
    public async Task Only_http_and_https_links_are_kept(string url)
    {
        var (coordinator, id) = await ActionAsync();

        using var refused = await PageForm.PostAsync(coordinator, $"{Workspace}/{id}", [new("LinkTitle", "Lien"), new("LinkUrl", url)], action: $"{Workspace}/{id}?handler=Link");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Give a web address starting with https:// or http://.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.ActionDocuments.AnyAsync(d => d.ActionId == id)));
        coordinator.Dispose();
    }

    [Fact]
    public async Task An_oversized_file_is_refused()
    {
        var (coordinator, id) = await ActionAsync();
        var content = new byte[OpenSpiral.Web.Features.Actions.ActionDocument.MaxContentBytes + 1];
        "%PDF-1.7"u8.CopyTo(content);

        using var refused = await UploadAsync(coordinator, id, "rapport.pdf", content);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("A file has at most 5 MB.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.ActionDocuments.AnyAsync(d => d.ActionId == id)));
        coordinator.Dispose();
    }

    [Theory]
    [InlineData("rapport.pdf", "<html><script>alert(1)</script></html>")]
    [InlineData("photo.png", "%PDF-1.7 a pdf named as an image")]
    [InlineData("page.html", "%PDF-1.7 a pdf named as a web page")]
    public async Task A_file_whose_content_does_not_match_an_allowed_extension_is_refused(string name, string content)
    {
        var (coordinator, id) = await ActionAsync();

        using var refused = await UploadAsync(coordinator, id, name, Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Send a PDF, PNG, JPEG, ODT, DOCX or XLSX file whose content matches its extension.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.ActionDocuments.AnyAsync(d => d.ActionId == id)));
        coordinator.Dispose();
    }

    [Fact]
    public async Task A_file_name_with_folders_and_quotes_is_made_safe_and_the_file_is_served_as_an_attachment()
    {
        var (coordinator, id) = await ActionAsync();

        using var added = await UploadAsync(coordinator, id, "..\\..\\etc/compte rendu';.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF"));
        var stored = await app.QueryAsync(db => db.ActionDocuments.SingleAsync(d => d.ActionId == id));
        using var download = await coordinator.GetAsync($"{Workspace}/{id}?handler=Document&documentId={stored.Id}");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(("compte rendu__.pdf", "application/pdf"), (stored.FileName, stored.ContentType));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("compte rendu__.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
        coordinator.Dispose();
    }

    private async Task<(HttpClient Coordinator, int ActionId)> ActionAsync()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var id = (await ActionData.CreateAsync(api, await app.GetTerritoryIdAsync(DemoData.Territory1Slug)))["id"]!.GetValue<int>();
        return (await app.CreateCookieClientAsync(DemoData.Coordinator1), id);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int actionId, string fileName, byte[] content)
    {
        var html = await client.GetStringAsync($"{Workspace}/{actionId}");
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Compte rendu"), "FileTitle" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "Upload", fileName);
        return await client.PostAsync($"{Workspace}/{actionId}?handler=File", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
