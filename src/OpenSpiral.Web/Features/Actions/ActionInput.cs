namespace OpenSpiral.Web.Features.Actions;

/// <summary>An action as the API and the pages send it: the whole action (lists absent count as empty).</summary>
public sealed record ActionInput
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Aim { get; init; }
    public string? TargetGroups { get; init; }

    /// <summary>planned, running, done or stopped (planned when absent); a string so that an unknown one gets a clear message.</summary>
    public string? Status { get; init; }

    public bool? Pilot { get; init; }
    public bool? Published { get; init; }
    public List<string>? Components { get; init; }
    public List<int>? IndicatorIds { get; init; }
    public List<StakeholderInput>? Carriers { get; init; }
    public List<StakeholderInput>? Partners { get; init; }
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }

    /// <summary>The version read before the change (required to update: a stale one is refused).</summary>
    public int? Version { get; init; }
}

/// <summary>A carrier or partner: an organisation's name and, optionally, the coordination group seat it holds.</summary>
public sealed record StakeholderInput(string? Name, int? MemberId = null);
