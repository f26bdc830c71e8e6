using System.Text.Json.Serialization;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>A plan as the API answers it: its actions in order, its priorities and how its commitments stand today.</summary>
public sealed record PlanResponse(
    int Id, string Title, int Cycle, PlanStatus Status, DateOnly? AdoptedOn, DateOnly? ReviewedOn,
    IReadOnlyList<int> ActionIds, IReadOnlyList<PriorityResponse> Priorities, CommitmentSummary Commitments, int Version);

/// <summary>A priority: a component (its code) or an indicator (its id), with the group's note.</summary>
public sealed record PriorityResponse(string? Component, int? IndicatorId, string? Note);

/// <summary>Commitments by how they stand: open on time, kept, late (open past their due date) and broken.</summary>
public sealed record CommitmentSummary(int Open, int Kept, int Late, int Broken)
{
    public static readonly CommitmentSummary None = new(0, 0, 0, 0);

    [JsonIgnore]
    public int Total => Open + Kept + Late + Broken;
}
