using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.Tests.Wiki;

[Collection(ApplicationCollection.Name)]
public sealed class WikiAttachmentsTests(OpenSpiralApplication app)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task An_image_is_stored_in_the_database_served_inline_with_its_verified_type_and_shown_by_markdown()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(api, "With an image", "Before.");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);

        using var added = await UploadAsync(member, slug, "Spiral diagram.PNG", Png, "text/html");
        await WikiData.UpdateAsync(api, slug, 1, "With an image", $"![The diagram](/wiki/{slug}/files/Spiral-diagram.png)");
        using var anonymous = app.CreateAnonymousClient();
        using var image = await anonymous.GetAsync($"/wiki/{slug}/files/Spiral-diagram.png");
        using var page = await anonymous.GetAsync($"/wiki/{slug}");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var stored = await app.QueryAsync(db => db.WikiAttachments.SingleAsync(a => db.WikiPages.Any(p => p.Id == a.PageId && p.Slug == slug)));
        Assert.Equal(("Spiral-diagram.png", "image/png", (long)Png.Length), (stored.FileName, stored.ContentType, stored.Size));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", image.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(["nosniff"], image.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync());
        Assert.Contains($"<img src=\"/wiki/{slug}/files/Spiral-diagram.png\" alt=\"The diagram\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_is_served_as_an_attachment()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(api, "With a PDF", "Text.");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);

        using var added = await UploadAsync(member, slug, "guide.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF"));
        using var anonymous = app.CreateAnonymousClient();
        using var download = await anonymous.GetAsync($"/wiki/{slug}/files/guide.pdf");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("guide.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
    }

    [Theory]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000", "animation.gif", "image/gif")]
    [InlineData("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ", "photo.webp", "image/webp")]
    public async Task Gif_and_webp_images_are_recognised_by_their_bytes(string bytes, string name, string type)
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(api, "Images", "Text.");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);

        using var added = await UploadAsync(member, slug, name, Encoding.Latin1.GetBytes(bytes));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(type, await app.QueryAsync(db => db.WikiAttachments.Where(a => db.WikiPages.Any(p => p.Id == a.PageId && p.Slug == slug)).Select(a => a.ContentType).SingleAsync()));
    }

    [Theory]
    [InlineData("drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("photo.png", "<html><script>alert(1)</script></html>")]
    [InlineData("photo.png", "%PDF-1.7 a pdf named as an image")]
    [InlineData("guide.pdf", "GIF89a an image named as a pdf")]
    [InlineData("page.html", "%PDF-1.7 a pdf named as a web page")]
    public async Task A_file_whose_bytes_do_not_match_an_allowed_type_is_refused(string name, string content)
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(api, "Forged", "Text.");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);

        using var refused = await UploadAsync(member, slug, name, Encoding.UTF8.GetBytes(content), "image/png");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Send a PNG, JPEG, GIF or WebP image or a PDF whose content matches its extension.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.WikiAttachments.AnyAsync(a => db.WikiPages.Any(p => p.Id == a.PageId && p.Slug == slug))));
    }

    [Fact]
    public async Task An_oversized_file_is_refused()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(api, "Too big", "Text.");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        var content = new byte[WikiAttachment.MaxContentBytes + 1];
        Png.CopyTo(content, 0);

        using var refused = await UploadAsync(member, slug, "huge.png", content);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("A file has at most 5 MB.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.WikiAttachments.AnyAsync(a => db.WikiPages.Any(p => p.Id == a.PageId && p.Slug == slug))));
    }

    [Fact]
    public async Task A_file_of_a_protected_page_is_refused_to_a_member()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(api, "Protected files", "Text.");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        var html = await member.GetStringAsync($"/wiki/{slug}");
        await app.QueryAsync(db => db.WikiPages.Where(p => p.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsProtected, true)));

        using var refused = await UploadAsync(member, slug, "photo.png", Png, token: WikiPagesTests.Token(html));

        WikiPagesTests.AssertDenied(refused);
        Assert.False(await app.QueryAsync(db => db.WikiAttachments.AnyAsync(a => db.WikiPages.Any(p => p.Id == a.PageId && p.Slug == slug))));
    }

    [Fact]
    public async Task An_unknown_file_is_404()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(api, "No files", "Text.");
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.GetAsync($"/wiki/{slug}/files/missing.png");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("..\\..\\etc/passwd\".png", "passwd.png")]
    [InlineData("<img src=x onerror=alert(1)>.png", "img-src-x-onerror-alert-1.png")]
    [InlineData("Schéma élève.PNG", "Schema-eleve.png")]
    public void A_file_name_keeps_only_letters_digits_hyphens_and_underscores(string name, string safe) =>
        Assert.Equal(safe, WikiFileTypes.SafeFileName(name));

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string slug, string fileName, byte[] content, string claimedType = "image/png", string? token = null)
    {
        token ??= WikiPagesTests.Token(await client.GetStringAsync($"/wiki/{slug}"));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        form.Add(file, "Upload", fileName);
        return await client.PostAsync($"/wiki/{slug}?handler=Upload", form);
    }
}
