namespace OpenSpiral.Web.Features.Territories;

/// <summary>
/// What a territory has done, in counts anyone may see: groups met, approved criteria, validated
/// indicators, surveys opened (open or closed), published actions.
/// </summary>
public sealed record TerritoryKeyFigures(int Groups, int Criteria, int Indicators, int Surveys, int Actions);
