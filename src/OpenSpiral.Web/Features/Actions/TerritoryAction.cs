using OpenSpiral.Web.Features.Grid;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Members;

namespace OpenSpiral.Web.Features.Actions;

/// <summary>
/// One of a territory's actions: an existing action the coordination group evaluates, or a pilot action
/// of co-responsibility it starts. Named so because <see cref="System.Action"/> is taken.
/// </summary>
public class TerritoryAction
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 8000;
    public const int MaxAimLength = 2000;
    public const int MaxTargetGroupsLength = 1000;

    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";

    /// <summary>What the action means to change, in plain words.</summary>
    public string Aim { get; set; } = "";

    /// <summary>Who it is for, e.g. "young people of the Coteaux, their parents" (profiles, never names).</summary>
    public string TargetGroups { get; set; } = "";

    public ActionStatus Status { get; set; } = ActionStatus.Planned;

    /// <summary>A pilot action of co-responsibility started by the process, rather than an existing action.</summary>
    public bool IsPilot { get; set; }

    /// <summary>The territory's cycle in which the action was recorded.</summary>
    public int Cycle { get; set; } = 1;

    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>Whether the action has a public page and shows on the feedback pages of the groups concerned.</summary>
    public bool IsPublished { get; set; }

    /// <summary>The action this one replaces, decided at an end-of-cycle review.</summary>
    public int? ReplacesId { get; set; }

    public List<ActionComponent> Components { get; set; } = [];
    public List<ActionIndicator> Indicators { get; set; } = [];
    public List<ActionStakeholder> Stakeholders { get; set; } = [];
    public List<ActionDocument> Documents { get; set; } = [];

    /// <summary>Incremented at every change; the pages and the API use it to refuse a stale save.</summary>
    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>Where an action stands; the API writes these in lower case.</summary>
public enum ActionStatus
{
    Planned = 0,
    Running = 1,
    Done = 2,
    Stopped = 3,
}

public class ActionComponent
{
    public int ActionId { get; set; }
    public int ComponentId { get; set; }
    public Component? Component { get; set; }
}

public class ActionIndicator
{
    public int ActionId { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
}

/// <summary>An organisation or person carrying the action or taking part as a partner, inside the coordination group or outside.</summary>
public class ActionStakeholder
{
    public const int MaxNameLength = 200;

    public int Id { get; set; }
    public int ActionId { get; set; }

    /// <summary>The organisation or function, e.g. "Social centre Papin" (organisations, not private persons).</summary>
    public required string Name { get; set; }

    public StakeholderRole Role { get; set; }

    /// <summary>The coordination group seat this stakeholder holds, if any.</summary>
    public int? MemberId { get; set; }

    public TerritoryMember? Member { get; set; }
}

public enum StakeholderRole
{
    Carrier = 0,
    Partner = 1,
}

/// <summary>
/// A resource someone offers to the territory's actions: money, people, a place, material or immaterial
/// help. The register is the territory's, so that other action groups can use what is offered.
/// </summary>
public class ActionResource
{
    public const int MaxDescriptionLength = 2000;
    public const int MaxOfferedByLength = 200;
    public const int MaxQuantityLength = 200;

    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public ResourceKind Kind { get; set; }
    public required string Description { get; set; }

    /// <summary>Who offers it, e.g. "Town hall", "Secours populaire".</summary>
    public required string OfferedBy { get; set; }

    /// <summary>How much, in the offerer's words: "€2,000", "3 volunteers on Saturdays", "a room, 40 seats".</summary>
    public string? Quantity { get; set; }

    /// <summary>Whether other action groups of the territory may ask for it.</summary>
    public bool IsAvailable { get; set; } = true;

    public DateOnly? AvailableUntil { get; set; }

    /// <summary>The actions using this resource.</summary>
    public List<ActionResourceUse> Uses { get; set; } = [];

    /// <summary>Starts at 1, grows by one at each save; a save from an older version is refused.</summary>
    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum ResourceKind
{
    Money = 0,
    People = 1,
    Place = 2,
    Material = 3,
    Immaterial = 4,
}

public class ActionResourceUse
{
    public int ResourceId { get; set; }
    public int ActionId { get; set; }
    public TerritoryAction? Action { get; set; }
}

/// <summary>A link, or a small file kept in the database (so that every instance of the site serves it).</summary>
public class ActionDocument
{
    public const int MaxTitleLength = 200;
    public const int MaxUrlLength = 2000;
    public const int MaxFileNameLength = 255;
    public const int MaxContentBytes = 5 * 1024 * 1024;

    public int Id { get; set; }
    public int ActionId { get; set; }
    public required string Title { get; set; }

    /// <summary>An http(s) link; null for an uploaded file.</summary>
    public string? Url { get; set; }

    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public byte[]? Content { get; set; }
    public long? Size { get; set; }
    public DateTime CreatedAt { get; set; }
}
