namespace OpenSpiral.Web.Features.Actions;

/// <summary>An action as the API answers it.</summary>
public sealed record ActionResponse(
    int Id,
    int TerritoryId,
    string Title,
    string Description,
    string Aim,
    string TargetGroups,
    ActionStatus Status,
    bool Pilot,
    bool Published,
    IReadOnlyList<string> Components,
    IReadOnlyList<int> IndicatorIds,
    IReadOnlyList<StakeholderResponse> Carriers,
    IReadOnlyList<StakeholderResponse> Partners,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    int Cycle,
    int Version,
    DateTime CreatedAt,
    DateTime UpdatedAt);

public sealed record StakeholderResponse(int Id, string Name, int? MemberId);
