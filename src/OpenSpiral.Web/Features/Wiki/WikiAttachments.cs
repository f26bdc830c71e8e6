using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>Images and PDFs attached to a page, kept in the database so that every instance serves them.</summary>
public sealed class WikiAttachments(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>The most files one page holds.</summary>
    public const int MaxPerPage = 50;

    public sealed record Item(string FileName, string ContentType, long Size, DateTime UploadedAt);

    public sealed record StoredFile(string FileName, string ContentType, byte[] Content);

    public Task<List<Item>> ListAsync(int pageId, CancellationToken cancellationToken) =>
        db.WikiAttachments.AsNoTracking().Where(a => a.PageId == pageId).OrderBy(a => a.FileName)
            .Select(a => new Item(a.FileName, a.ContentType, a.Size, a.UploadedAt)).ToListAsync(cancellationToken);

    /// <summary>Keeps the file when its bytes match its extension; field errors are keyed "file".</summary>
    public async Task<WikiOutcome> AddAsync(string slug, IFormFile? file, WikiEditor editor, CancellationToken cancellationToken)
    {
        var page = await db.WikiPages.AsNoTracking().Where(p => p.Slug == slug).Select(p => new { p.Id, p.IsProtected }).FirstOrDefaultAsync(cancellationToken);
        if (page is null)
        {
            return new WikiOutcome { NotFound = true };
        }

        if (page.IsProtected && !editor.IsAdministrator)
        {
            return new WikiOutcome { Forbidden = true };
        }

        string? error = null;
        byte[] content = [];
        var fileName = file is null ? "" : WikiFileTypes.SafeFileName(file.FileName);
        string? type = null;
        if (file is null || file.Length == 0)
        {
            error = l["Choose a file to send."];
        }
        else if (file.Length > WikiAttachment.MaxContentBytes)
        {
            error = l["A file has at most {0} MB.", WikiAttachment.MaxContentBytes / (1024 * 1024)];
        }
        else
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
            type = WikiFileTypes.Recognise(fileName, content);
            if (type is null)
            {
                error = l["Send a PNG, JPEG, GIF or WebP image or a PDF whose content matches its extension."];
            }
            else if (await db.WikiAttachments.AnyAsync(a => a.PageId == page.Id && a.FileName == fileName, cancellationToken))
            {
                error = l["The page already has a file named {0}: delete it first or rename yours.", fileName];
            }
            else if (await db.WikiAttachments.CountAsync(a => a.PageId == page.Id, cancellationToken) >= MaxPerPage)
            {
                error = l["A page holds at most {0} files: delete one first.", MaxPerPage];
            }
        }

        if (error is not null)
        {
            return new WikiOutcome { Errors = new() { ["file"] = [error] } };
        }

        db.WikiAttachments.Add(new WikiAttachment
        {
            PageId = page.Id,
            FileName = fileName,
            ContentType = type!,
            Size = content.Length,
            Content = content,
            UploadedById = editor.UserId,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new WikiOutcome { Slug = fileName };
    }

    public Task<StoredFile?> FindAsync(string slug, string fileName, CancellationToken cancellationToken) =>
        db.WikiAttachments.AsNoTracking().Where(a => a.FileName == fileName && db.WikiPages.Any(p => p.Id == a.PageId && p.Slug == slug))
            .Select(a => new StoredFile(a.FileName, a.ContentType, a.Content)).FirstOrDefaultAsync(cancellationToken);

    public async Task<WikiOutcome> DeleteAsync(string slug, string fileName, WikiEditor editor, CancellationToken cancellationToken)
    {
        var page = await db.WikiPages.AsNoTracking().Where(p => p.Slug == slug).Select(p => new { p.Id, p.IsProtected }).FirstOrDefaultAsync(cancellationToken);
        if (page is null)
        {
            return new WikiOutcome { NotFound = true };
        }

        if (page.IsProtected && !editor.IsAdministrator)
        {
            return new WikiOutcome { Forbidden = true };
        }

        var deleted = await db.WikiAttachments.Where(a => a.PageId == page.Id && a.FileName == fileName).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? new WikiOutcome { NotFound = true } : new WikiOutcome { Slug = fileName };
    }
}
