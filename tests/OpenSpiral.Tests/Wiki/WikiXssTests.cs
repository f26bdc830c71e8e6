using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Wiki;

[Collection(ApplicationCollection.Name)]
public sealed class WikiXssTests(OpenSpiralApplication app)
{
    private const string Title = "<script>alert('title')</script>";
    private const string Content = "<script>alert('content')</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)";
    private const string Summary = "<script>alert('summary')</script>";

    [Fact]
    public async Task Script_written_in_the_title_content_summary_or_file_name_never_runs_on_any_wiki_page()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(api, Title, Content);
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        using var saved = await PageForm.PostAsync(member, $"/wiki/{slug}/edit", [new("Version", "1"), new("Title", Title), new("Text", Content + "\n\nMore."), new("Summary", Summary), new("SortOrder", "0")]);
        using var uploaded = await WikiAttachmentsTests.UploadAsync(member, slug, "<script>alert(1)</script>.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Equal("script.png", await app.QueryAsync(db => db.WikiAttachments.Where(a => db.WikiPages.Any(p => p.Id == a.PageId && p.Slug == slug)).Select(a => a.FileName).SingleAsync()));
        foreach (var url in new[] { "/wiki", $"/wiki/{slug}", $"/wiki/{slug}/edit", $"/wiki/{slug}/history", $"/wiki/{slug}/diff?from=1&to=2", $"/wiki/{slug}/restore/1", $"/wiki/{slug}/translate" })
        {
            using var response = await member.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=\"x\"", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"data:", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        }
    }
}
