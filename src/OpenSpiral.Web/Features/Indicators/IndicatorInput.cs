namespace OpenSpiral.Web.Features.Indicators;

/// <summary>An indicator as the API and the pages send it: the whole main text, its components and status (and, when given, its translations).</summary>
public sealed record IndicatorInput
{
    public string? Title { get; init; }
    public List<string>? Components { get; init; }
    public IndicatorStatus? Status { get; init; }
    public List<LevelInput>? Levels { get; init; }

    /// <summary>The main text's language; the territory's main language when absent.</summary>
    public string? Language { get; init; }

    /// <summary>The version read before the change (required to update: a stale one is refused).</summary>
    public int? Version { get; init; }

    /// <summary>Null keeps the translations as they are; a list replaces them (a language left out is removed).</summary>
    public List<TranslationInput>? Translations { get; init; }
}

/// <summary>One level's statement and, when given, the criteria it came from (null keeps them).</summary>
public sealed record LevelInput(int Level, string? Statement, List<long>? CriterionIds = null);

public sealed record TranslationInput(string? Language, string? Title, List<LevelInput>? Levels);

/// <summary>A bulk sort: each criterion with its category (null: not sorted).</summary>
public sealed record SortInput(List<SortItem>? Items);

public sealed record SortItem(long CriterionId, IndicatorCategory? Category);
