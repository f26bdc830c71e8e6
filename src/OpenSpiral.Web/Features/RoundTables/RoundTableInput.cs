namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>
/// A round table as the API and the pages send it: the whole session at once. Perspectives travel as
/// text (beneficiary, carrier, partner, citizen, other) so that an unknown one is a field error.
/// </summary>
public sealed record RoundTableInput
{
    public string? Title { get; init; }

    /// <summary>The action evaluated; null (or absent) for the territory's situation.</summary>
    public int? ActionId { get; init; }

    public DateOnly? HeldOn { get; init; }

    /// <summary>The territory's cycle the round table belongs to; the current one when absent.</summary>
    public int? Cycle { get; init; }

    /// <summary>How many took part from each perspective, e.g. {"beneficiary": 4}; absent perspectives count 0.</summary>
    public Dictionary<string, int>? Participants { get; init; }

    /// <summary>Component codes, in order. On creation for an action, absent or empty takes the action's components; on update, absent keeps them.</summary>
    public List<string>? Components { get; init; }

    public List<AssessmentInput>? Assessments { get; init; }

    public string? Notes { get; init; }

    /// <summary>True publishes the results (the coordination group is notified once); false withdraws them.</summary>
    public bool? Published { get; init; }

    /// <summary>The version read before the change (required to update: a stale one is refused).</summary>
    public int? Version { get; init; }
}

/// <summary>One perspective's view of the effect on one component: from -2 (clearly negative) to 2 (clearly positive).</summary>
public sealed record AssessmentInput(string? Component, string? Perspective, int? Effect, string? Comment = null, string? Proposal = null);
