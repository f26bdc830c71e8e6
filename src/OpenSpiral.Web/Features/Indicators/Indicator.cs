using OpenSpiral.Web.Features.Grid;

namespace OpenSpiral.Web.Features.Indicators;

/// <summary>
/// An indicator of progress in well-being: a five-level scale of situations, from deep ill-being
/// (level 1) to sustainable well-being (level 5), written by a territory's coordination group from
/// its citizens' criteria on one component (or a few).
/// </summary>
public class Indicator
{
    public const int MaxTitleLength = 200;
    public const int MaxStatementLength = 1000;
    public const int LevelCount = 5;

    public int Id { get; set; }
    public int TerritoryId { get; set; }

    /// <summary>A short name, in <see cref="Language"/>, e.g. "Housing that lets one live decently".</summary>
    public required string Title { get; set; }

    /// <summary>ISO 639-1 code of the main text; <see cref="Translations"/> hold the other languages.</summary>
    public required string Language { get; set; }

    public IndicatorStatus Status { get; set; } = IndicatorStatus.Draft;

    /// <summary>The components the indicator measures (one, or a few).</summary>
    public List<IndicatorComponent> Components { get; set; } = [];

    /// <summary>The five statements in the main language, one per <see cref="IndicatorLevel.Level"/> 1–5.</summary>
    public List<IndicatorLevel> Levels { get; set; } = [];

    /// <summary>The criteria the group sorted into the four categories while building the scale.</summary>
    public List<IndicatorCriterion> Criteria { get; set; } = [];

    public List<IndicatorTranslation> Translations { get; set; } = [];

    /// <summary>The library indicator this one was copied from (null once that one is deleted: <see cref="CopiedFromTerritory"/> keeps the origin).</summary>
    public int? CopiedFromId { get; set; }

    /// <summary>The name of the territory the copied indicator came from, kept even if the original disappears.</summary>
    public string? CopiedFromTerritory { get; set; }

    /// <summary>Incremented at every change; the pages and the API use it to refuse a stale save.</summary>
    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? ValidatedAt { get; set; }
}

/// <summary>Draft while the group works on it; validated once checked with citizens (only validated indicators go into surveys and the network library).</summary>
public enum IndicatorStatus
{
    Draft = 0,
    Validated = 1,
}

/// <summary>The four steps between the five levels, read as categories into which criteria are sorted.</summary>
public enum IndicatorCategory
{
    /// <summary>From level 1 to 2: having the possibility at all.</summary>
    Possibility = 1,

    /// <summary>From level 2 to 3: actually obtaining it.</summary>
    Obtaining = 2,

    /// <summary>From level 3 to 4: its quality.</summary>
    Quality = 3,

    /// <summary>From level 4 to 5: its sustainability.</summary>
    Sustainability = 4,
}

public class IndicatorComponent
{
    public int IndicatorId { get; set; }
    public int ComponentId { get; set; }
    public Component? Component { get; set; }
}

/// <summary>One of the five situations of an indicator, in its main language, and the criteria it was written from.</summary>
public class IndicatorLevel
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }

    /// <summary>1 (very unsatisfactory) to 5 (ideal).</summary>
    public int Level { get; set; }

    public string Statement { get; set; } = "";
    public List<IndicatorLevelSource> Sources { get; set; } = [];
}

/// <summary>A criterion a level's statement came from (the trace from the citizens' words to the scale).</summary>
public class IndicatorLevelSource
{
    public int IndicatorLevelId { get; set; }
    public long CriterionId { get; set; }
}

/// <summary>A criterion taken into an indicator's work, with the category it was sorted into (null: not sorted yet).</summary>
public class IndicatorCriterion
{
    public int IndicatorId { get; set; }
    public long CriterionId { get; set; }
    public IndicatorCategory? Category { get; set; }
}

/// <summary>The indicator's title and five statements in another language than its main one.</summary>
public class IndicatorTranslation
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public required string Language { get; set; }
    public required string Title { get; set; }

    /// <summary>Exactly five statements, for levels 1 to 5 in order.</summary>
    public List<string> Statements { get; set; } = [];

    /// <summary>Set when the main text changed after this translation was last saved.</summary>
    public bool Outdated { get; set; }
}

/// <summary>One change to an indicator: who, when, what kind, and the indicator as it stood after it (JSON), so that two versions can be compared.</summary>
public class IndicatorRevision
{
    public long Id { get; set; }
    public int IndicatorId { get; set; }
    public int TerritoryId { get; set; }
    public IndicatorChange Change { get; set; }

    /// <summary>The language concerned by a translation change.</summary>
    public string? Language { get; set; }

    public string? UserId { get; set; }
    public DateTime At { get; set; }

    /// <summary>The indicator after the change, serialised as its API JSON.</summary>
    public string Snapshot { get; set; } = "";
}

public enum IndicatorChange
{
    Created = 1,
    Edited = 2,
    CriteriaSorted = 3,
    Validated = 4,
    ReturnedToDraft = 5,
    TranslationSaved = 6,
    TranslationDeleted = 7,
    Copied = 8,
}
