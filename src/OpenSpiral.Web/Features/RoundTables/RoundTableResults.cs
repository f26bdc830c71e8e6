namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>How the perspectives' views of one component stand together.</summary>
public enum ResultFlag
{
    /// <summary>Nobody recorded a view of the component.</summary>
    None = 0,

    /// <summary>One perspective only: nothing to compare.</summary>
    SingleView = 1,

    /// <summary>All views within one step of each other (never on both sides of "no visible effect").</summary>
    Agreement = 2,

    /// <summary>Views two steps or more apart (which includes opposite signs).</summary>
    Divergence = 3,
}

/// <summary>A round table's results: each component with every perspective's view side by side.</summary>
public sealed record RoundTableResults(
    int Id,
    string Title,
    int? ActionId,
    string? Action,
    DateOnly HeldOn,
    int Cycle,
    bool Published,
    IReadOnlyDictionary<string, int> Participants,
    IReadOnlyList<Perspective> Perspectives,
    IReadOnlyList<ComponentResult> Components,
    string Notes);

/// <summary>One component's views, in the perspectives' order, with its flag and the spread between the extreme views.</summary>
public sealed record ComponentResult(string Component, string Name, ResultFlag Flag, int? Spread, IReadOnlyList<ViewResult> Views)
{
    public ViewResult? Of(Perspective perspective) => Views.FirstOrDefault(v => v.Perspective == perspective);

    public static ResultFlag FlagOf(IReadOnlyCollection<int> effects) => effects.Count switch
    {
        0 => ResultFlag.None,
        1 => ResultFlag.SingleView,
        _ => effects.Max() - effects.Min() >= 2 || (effects.Min() < 0 && effects.Max() > 0) ? ResultFlag.Divergence : ResultFlag.Agreement,
    };
}

public sealed record ViewResult(Perspective Perspective, int Effect, string Comment, string Proposal);
