namespace OpenSpiral.Web.Features.Notifications;

/// <summary>One notice as its reader sees it: <see cref="Text"/> is written in the reader's language; <see cref="Url"/> leads to the item when it has a page.</summary>
public sealed record NotificationResponse(
    long Id, NotificationKind Kind, int? TerritoryId, int? ItemId, string Subject, string Text, string? Url, DateTime CreatedAt, DateTime? ReadAt);
