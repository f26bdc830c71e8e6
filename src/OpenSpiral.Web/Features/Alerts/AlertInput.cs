namespace OpenSpiral.Web.Features.Alerts;

/// <summary>An alert as the API and the pages send it. Raising one needs the title (and optionally a description and the action concerned).</summary>
public sealed record AlertInput
{
    public string? Title { get; init; }
    public string? Description { get; init; }

    /// <summary>The action concerned, an action of the same territory; null for none.</summary>
    public int? ActionId { get; init; }

    /// <summary>On a change: the new status (absent keeps it).</summary>
    public AlertStatus? Status { get; init; }

    /// <summary>What was done: required to resolve.</summary>
    public string? Resolution { get; init; }

    /// <summary>On a change: the version read before it (required: a stale one is refused).</summary>
    public int? Version { get; init; }
}
