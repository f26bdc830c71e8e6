namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>A round table as the API answers it.</summary>
public sealed record RoundTableResponse(
    int Id,
    int TerritoryId,
    string Title,
    int? ActionId,
    string? Action,
    DateOnly HeldOn,
    int Cycle,
    IReadOnlyDictionary<string, int> Participants,
    IReadOnlyList<string> Components,
    IReadOnlyList<AssessmentResponse> Assessments,
    string Notes,
    bool Published,
    DateTime? PublishedAt,
    int Version,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>The perspectives with at least one participant, in their usual order.</summary>
    public IEnumerable<Perspective> Present() => Perspectives.All.Where(p => Participants.GetValueOrDefault(Perspectives.Name(p)) > 0);
}

public sealed record AssessmentResponse(string Component, Perspective Perspective, int Effect, string Comment, string Proposal);

/// <summary>A line of the territory's list of round tables.</summary>
public sealed record RoundTableSummary(int Id, string Title, int? ActionId, string? Action, DateOnly HeldOn, int Cycle, int Participants, int Components, bool Published, int Version);
