namespace OpenSpiral.Web.Features.Ladder;

/// <summary>A new rating: exactly one of actionId and planId; ratedOn defaults to today, cycle to the territory's current one.</summary>
public sealed record LadderRatingInput(
    int? ActionId, int? PlanId, int? Rung, int? CoGovernance, int? CoProduction, int? CoManagement, string? Justification, DateOnly? RatedOn = null, int? Cycle = null);

/// <summary>A rating as the API shows it.</summary>
public sealed record LadderRatingResponse(
    int Id, int? ActionId, int? PlanId, int Rung, int CoGovernance, int CoProduction, int CoManagement, string Justification, DateOnly RatedOn, int Cycle);
