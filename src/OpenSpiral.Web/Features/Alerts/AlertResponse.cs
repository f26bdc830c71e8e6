namespace OpenSpiral.Web.Features.Alerts;

public sealed record AlertResponse(
    int Id, int TerritoryId, string Title, string Description, AlertStatus Status, int? ActionId, string? ActionTitle,
    string? RaisedBy, string? Resolution, int Version, DateTime CreatedAt, DateTime UpdatedAt, DateTime? ResolvedAt);

/// <summary>An unresolved alert in the network's list (administrators).</summary>
public sealed record NetworkAlertRow(int Id, string TerritoryName, string TerritorySlug, string Title, AlertStatus Status, DateTime CreatedAt);
