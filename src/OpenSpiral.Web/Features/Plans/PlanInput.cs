namespace OpenSpiral.Web.Features.Plans;

/// <summary>A plan as its form sends it: actions in order, priorities chosen beside it, and the contract's signatories.</summary>
public sealed record PlanInput
{
    public string? Title { get; init; }
    public string? Summary { get; init; }

    /// <summary>Draft or adopted; a plan is set reviewed only by its review.</summary>
    public PlanStatus Status { get; init; }

    public IReadOnlyList<int> ActionIds { get; init; } = [];

    /// <summary>Component codes chosen as priorities, in order.</summary>
    public IReadOnlyList<string> Components { get; init; } = [];

    /// <summary>Indicators chosen as priorities, in order.</summary>
    public IReadOnlyList<int> IndicatorIds { get; init; } = [];

    public IReadOnlyList<SignatoryInput> Signatories { get; init; } = [];

    /// <summary>The version read before the change (an update on a stale one is refused).</summary>
    public int? Version { get; init; }
}

public sealed record SignatoryInput(string? Organisation, string? SignsAs);
