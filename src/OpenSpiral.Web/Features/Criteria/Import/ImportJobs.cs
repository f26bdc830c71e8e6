using System.Collections.Concurrent;

namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>
/// Runs previews and imports of uploaded files in the background, one at a time (the machine and,
/// on SQLite, the database writer are shared), and remembers each job for the pages to poll.
/// </summary>
public sealed partial class ImportJobs(IServiceScopeFactory scopes, ImportUploads uploads, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<ImportJobs> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Registers a stored upload and starts its preview.</summary>
    public ImportJob StartPreview(StoredUpload upload, int territoryId, string userId, string fileName, CriteriaFileFormat format)
    {
        DeleteExpired();
        var job = new ImportJob(upload.Id, territoryId, userId, fileName, format, upload.Path, clock.GetUtcNow().UtcDateTime);
        _jobs[job.Id] = job;
        job.Running = RunAsync(job, async (service, progress, cancellationToken) =>
        {
            job.Preview = await service.PreviewAsync(job.TerritoryId, job.Path, job.Format, progress, cancellationToken);
            job.State = ImportState.Previewed;
        });
        return job;
    }

    /// <summary>Starts storing a previewed file that had no problem; false when the job is in no state to.</summary>
    public bool StartImport(ImportJob job)
    {
        lock (job)
        {
            if (job.State != ImportState.Previewed || job.Preview?.CanImport != true)
            {
                return false;
            }

            job.State = ImportState.Importing;
            job.Progress = 0;
        }

        job.Running = RunAsync(job, async (service, progress, cancellationToken) =>
        {
            var outcome = await service.ImportAsync(job.TerritoryId, job.UserId, job.Path, job.Format, progress, cancellationToken);
            job.Outcome = outcome;
            job.State = outcome.Succeeded ? ImportState.Imported : ImportState.Refused;
            uploads.Delete(job.Path);
        });
        return true;
    }

    /// <summary>The job, only for the user who uploaded it and in its own territory.</summary>
    public ImportJob? Find(string id, int territoryId, string userId) =>
        _jobs.TryGetValue(id, out var job) && job.TerritoryId == territoryId && job.UserId == userId ? job : null;

    /// <summary>Forgets a job that is not running and deletes its file.</summary>
    public bool Discard(ImportJob job)
    {
        lock (job)
        {
            if (job.IsRunning)
            {
                return false;
            }

            _jobs.TryRemove(job.Id, out _);
        }

        uploads.Delete(job.Path);
        return true;
    }

    private Task RunAsync(ImportJob job, Func<CriteriaImportService, IProgress<double>, CancellationToken, Task> step) => Task.Run(async () =>
    {
        var cancellationToken = lifetime.ApplicationStopping;
        var queued = clock.GetTimestamp();
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            LogStarted(logger, job.Id, job.State, clock.GetElapsedTime(queued).TotalMilliseconds);
            var started = clock.GetTimestamp();
            await using (var scope = scopes.CreateAsyncScope())
            {
                var service = scope.ServiceProvider.GetRequiredService<CriteriaImportService>();
                await step(service, new JobProgress(job), cancellationToken);
            }

            job.Progress = 1;
            LogEnded(logger, job.Id, job.State, clock.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, job.Id);
            job.State = ImportState.Failed;
            uploads.Delete(job.Path);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }, CancellationToken.None);

    private void DeleteExpired()
    {
        var limit = clock.GetUtcNow().UtcDateTime - ImportUploads.Lifetime;
        foreach (var job in _jobs.Values.Where(j => j.CreatedAt < limit && !j.IsRunning))
        {
            Discard(job);
        }

        uploads.DeleteExpired(clock.GetUtcNow().UtcDateTime, _jobs.Values.Select(j => j.Path).ToHashSet(StringComparer.Ordinal));
    }

    public void Dispose() => _oneAtATime.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Criteria import {ImportId}: {State} started after {QueuedMilliseconds:F0} ms in the queue")]
    private static partial void LogStarted(ILogger logger, string importId, ImportState state, double queuedMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Criteria import {ImportId}: {State} after {Milliseconds:F0} ms")]
    private static partial void LogEnded(ILogger logger, string importId, ImportState state, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Criteria import {ImportId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string importId);

    private sealed class JobProgress(ImportJob job) : IProgress<double>
    {
        public void Report(double value) => job.Progress = value;
    }
}
