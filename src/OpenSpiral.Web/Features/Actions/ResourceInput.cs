namespace OpenSpiral.Web.Features.Actions;

/// <summary>A resource of the register as the API and the pages send it.</summary>
public sealed record ResourceInput
{
    /// <summary>money, people, place, material or immaterial; a string so that an unknown one gets a clear message.</summary>
    public string? Kind { get; init; }

    public string? Description { get; init; }
    public string? OfferedBy { get; init; }
    public string? Quantity { get; init; }

    /// <summary>Whether other action groups may ask for it (true when absent).</summary>
    public bool? Available { get; init; }

    public DateOnly? AvailableUntil { get; init; }

    /// <summary>The territory's actions using it: null keeps them as they are, a list replaces them.</summary>
    public List<int>? ActionIds { get; init; }

    /// <summary>On a change: the version read before it (required: a stale one is refused).</summary>
    public int? Version { get; init; }
}

/// <summary>A resource of the register as the API answers it.</summary>
public sealed record ResourceResponse(
    int Id,
    int TerritoryId,
    ResourceKind Kind,
    string Description,
    string OfferedBy,
    string? Quantity,
    bool Available,
    DateOnly? AvailableUntil,
    IReadOnlyList<int> ActionIds,
    int Version,
    DateTime CreatedAt,
    DateTime UpdatedAt);
