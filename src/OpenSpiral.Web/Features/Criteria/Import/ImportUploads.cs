using System.Buffers;
using System.Security.Cryptography;

namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>
/// Keeps uploaded criteria files on disk between the preview and the import, each under a random
/// id that cannot be guessed; what the preview showed is exactly what gets imported.
/// </summary>
public sealed class ImportUploads
{
    /// <summary>Files left behind longer than this (a preview never confirmed) are deleted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private readonly string _folder;

    public ImportUploads(IConfiguration configuration)
    {
        _folder = configuration["CriteriaImport:Folder"] is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "openspiral-imports");
        Directory.CreateDirectory(_folder);
    }

    /// <summary>Copies <paramref name="source"/> to a new file; null (and nothing kept) when it is larger than <see cref="CriteriaFile.MaxBytes"/>.</summary>
    public async Task<StoredUpload?> SaveAsync(Stream source, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = PathOf(id);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long size = 0;
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > CriteriaFile.MaxBytes)
                    {
                        break;
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (size > CriteriaFile.MaxBytes)
            {
                File.Delete(path);
                return null;
            }

            return new StoredUpload(id, path, size);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Delete(string path)
    {
        if (Path.GetDirectoryName(path) == _folder && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>Deletes the files older than <see cref="Lifetime"/>, except <paramref name="inUse"/>.</summary>
    public void DeleteExpired(DateTime utcNow, IReadOnlySet<string> inUse)
    {
        foreach (var file in Directory.EnumerateFiles(_folder, "*.upload"))
        {
            if (!inUse.Contains(file) && File.GetLastWriteTimeUtc(file) < utcNow - Lifetime)
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Still open somewhere: the next purge takes it.
                }
            }
        }
    }

    private string PathOf(string id) => Path.Combine(_folder, id + ".upload");
}

public sealed record StoredUpload(string Id, string Path, long Size);
