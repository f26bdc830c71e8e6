namespace OpenSpiral.Web.Features.Alerts;

/// <summary>A problem raised by a member of a territory, seen by its coordination group and the network administrators until resolved.</summary>
public class Alert
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4000;

    public int Id { get; set; }
    public int TerritoryId { get; set; }

    /// <summary>The action concerned, if any.</summary>
    public int? ActionId { get; set; }

    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public AlertStatus Status { get; set; } = AlertStatus.Open;

    /// <summary>Who raised it (null once their account is deleted).</summary>
    public string? RaisedById { get; set; }

    /// <summary>What was done, written when the alert is resolved.</summary>
    public string? Resolution { get; set; }

    /// <summary>Starts at 1, grows by one at each save; a save from an older version is refused.</summary>
    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
}

public enum AlertStatus
{
    Open = 0,
    InProgress = 1,
    Resolved = 2,
}
