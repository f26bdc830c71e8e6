namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>
/// One likely component for a criterion: its code, a score in [0, 1] (the share of the similar
/// classified criteria's weight that points at it) and the ids of those similar criteria.
/// </summary>
public sealed record Suggestion(string Component, double Score, long[] Because);
