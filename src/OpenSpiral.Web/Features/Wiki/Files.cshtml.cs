using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>
/// Serves a page's file: images (whose bytes were verified as PNG, JPEG, GIF or WebP) inline so that Markdown
/// shows them, PDFs as a download; never sniffed by the browser.
/// </summary>
[AllowAnonymous]
public sealed class FilesModel(WikiAttachments attachments) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, string fileName, CancellationToken cancellationToken)
    {
        if (await attachments.FindAsync(slug, fileName, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        if (!WikiFileTypes.IsImage(file.ContentType))
        {
            return File(file.Content, file.ContentType, file.FileName);
        }

        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(file.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return File(file.Content, file.ContentType);
    }
}
