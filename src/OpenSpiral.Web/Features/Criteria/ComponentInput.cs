namespace OpenSpiral.Web.Features.Criteria;

/// <summary>The component to give a criterion: a code of the current grid, or null to unclassify.</summary>
public sealed record ComponentInput(string? Component, int? SuggestionRank);
