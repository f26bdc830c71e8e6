namespace OpenSpiral.Web.Features.Criteria.Import;

public enum ImportState
{
    /// <summary>The file is being read for its preview.</summary>
    Previewing,

    /// <summary>The preview is ready: counts and problems.</summary>
    Previewed,

    /// <summary>The criteria are being stored.</summary>
    Importing,

    /// <summary>Every criterion is stored.</summary>
    Imported,

    /// <summary>The import found problems (groups or grid changed since the preview): nothing is stored.</summary>
    Refused,

    /// <summary>An unexpected error: nothing is stored.</summary>
    Failed,
}

/// <summary>One uploaded file on its way from preview to import, visible only to who uploaded it, in its territory.</summary>
public sealed class ImportJob(string id, int territoryId, string userId, string fileName, CriteriaFileFormat format, string path, DateTime createdAt)
{
    private double _progress;
    private int _state = (int)ImportState.Previewing;

    public string Id { get; } = id;
    public int TerritoryId { get; } = territoryId;
    public string UserId { get; } = userId;
    public string FileName { get; } = fileName;
    public CriteriaFileFormat Format { get; } = format;
    public string Path { get; } = path;
    public DateTime CreatedAt { get; } = createdAt;

    /// <summary>
    /// Changes after <see cref="Preview"/> or <see cref="Outcome"/> are set, so that whoever reads a
    /// finished state also sees its result. Read it once per request: it moves on in the background.
    /// </summary>
    public ImportState State
    {
        get => (ImportState)Volatile.Read(ref _state);
        internal set => Volatile.Write(ref _state, (int)value);
    }

    /// <summary>From 0 to 1, for the running step.</summary>
    public double Progress
    {
        get => Volatile.Read(ref _progress);
        internal set => Volatile.Write(ref _progress, value);
    }

    public ImportPreview? Preview { get; internal set; }
    public ImportOutcome? Outcome { get; internal set; }

    /// <summary>Completes when the running step ends (tests wait on it).</summary>
    public Task Running { get; internal set; } = Task.CompletedTask;

    public bool IsRunning => State is ImportState.Previewing or ImportState.Importing;
}
