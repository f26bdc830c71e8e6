namespace OpenSpiral.Web.Features.Indicators;

/// <summary>An indicator as the API answers it (and as its revisions keep it).</summary>
public sealed record IndicatorResponse(
    int Id,
    int TerritoryId,
    string Title,
    IReadOnlyList<string> Components,
    IndicatorStatus Status,
    IReadOnlyList<LevelResponse> Levels,
    string Language,
    int Version,
    CopiedFromResponse? CopiedFrom,
    IReadOnlyList<TranslationResponse> Translations,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ValidatedAt);

public sealed record LevelResponse(int Level, string Statement, IReadOnlyList<long> CriterionIds);

/// <summary>Where a copied indicator came from: the original's id (null once deleted) and its territory's name.</summary>
public sealed record CopiedFromResponse(int? Id, string Territory);

public sealed record TranslationResponse(string Language, string Title, IReadOnlyList<TranslationLevel> Levels, bool Outdated);

public sealed record TranslationLevel(int Level, string Statement);

