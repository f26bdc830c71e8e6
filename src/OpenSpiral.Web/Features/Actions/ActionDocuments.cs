using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Actions;

/// <summary>An action's links and files: http(s) links only, and small files of the allowed types kept in the database.</summary>
public sealed class ActionDocuments(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>The most documents (links and files) one action keeps.</summary>
    public const int MaxPerAction = 30;

    public sealed record DocumentItem(int Id, string Title, string? Url, string? FileName, long? Size, DateTime CreatedAt);

    public sealed record DocumentFile(string FileName, string ContentType, byte[] Content);

    public Task<List<DocumentItem>> ListAsync(int actionId, CancellationToken cancellationToken) =>
        db.ActionDocuments.AsNoTracking().Where(d => d.ActionId == actionId).OrderBy(d => d.Title).ThenBy(d => d.Id)
            .Select(d => new DocumentItem(d.Id, d.Title, d.Url, d.FileName, d.Size, d.CreatedAt)).ToListAsync(cancellationToken);

    /// <summary>Adds a link; field errors are keyed title and url.</summary>
    public async Task<Dictionary<string, string[]>> AddLinkAsync(int actionId, string? title, string? url, CancellationToken cancellationToken)
    {
        var errors = await CheckAsync(actionId, title, cancellationToken);
        var trimmed = url?.Trim() ?? "";
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            errors["url"] = [l["Give a web address starting with https:// or http://."]];
        }
        else if (trimmed.Length > ActionDocument.MaxUrlLength)
        {
            errors["url"] = [l["A web address has at most {0} characters.", ActionDocument.MaxUrlLength]];
        }

        if (errors.Count == 0)
        {
            db.ActionDocuments.Add(new ActionDocument { ActionId = actionId, Title = title!.Trim(), Url = uri!.AbsoluteUri, CreatedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }

        return errors;
    }

    /// <summary>Keeps a file of an allowed type (by content and extension), at most <see cref="ActionDocument.MaxContentBytes"/>; field errors are keyed title and file.</summary>
    public async Task<Dictionary<string, string[]>> AddFileAsync(int actionId, string? title, IFormFile? file, CancellationToken cancellationToken)
    {
        var errors = await CheckAsync(actionId, title, cancellationToken);
        if (file is null || file.Length == 0)
        {
            errors["file"] = [l["Choose a file to send."]];
            return errors;
        }

        if (file.Length > ActionDocument.MaxContentBytes)
        {
            errors["file"] = [l["A file has at most {0} MB.", ActionDocument.MaxContentBytes / (1024 * 1024)]];
            return errors;
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var fileName = DocumentTypes.SafeFileName(file.FileName);
        var type = DocumentTypes.Recognise(fileName, content);
        if (type is null)
        {
            errors["file"] = [l["Send a PDF, PNG, JPEG, ODT, DOCX or XLSX file whose content matches its extension."]];
        }

        if (errors.Count == 0)
        {
            db.ActionDocuments.Add(new ActionDocument
            {
                ActionId = actionId,
                Title = title!.Trim(),
                FileName = fileName,
                ContentType = type,
                Content = content,
                Size = content.Length,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return errors;
    }

    public Task<DocumentFile?> FindFileAsync(int actionId, int documentId, CancellationToken cancellationToken) =>
        db.ActionDocuments.AsNoTracking().Where(d => d.Id == documentId && d.ActionId == actionId && d.Content != null)
            .Select(d => new DocumentFile(d.FileName!, d.ContentType!, d.Content!)).FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> DeleteAsync(int actionId, int documentId, CancellationToken cancellationToken) =>
        await db.ActionDocuments.Where(d => d.Id == documentId && d.ActionId == actionId).ExecuteDeleteAsync(cancellationToken) > 0;

    private async Task<Dictionary<string, string[]>> CheckAsync(int actionId, string? title, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(title))
        {
            errors["title"] = [l["Give the document a title."]];
        }
        else if (title.Trim().Length > ActionDocument.MaxTitleLength)
        {
            errors["title"] = [l["A title has at most {0} characters.", ActionDocument.MaxTitleLength]];
        }

        if (await db.ActionDocuments.CountAsync(d => d.ActionId == actionId, cancellationToken) >= MaxPerAction)
        {
            errors["documents"] = [l["An action keeps at most {0} documents: delete one first.", MaxPerAction]];
        }

        return errors;
    }
}
