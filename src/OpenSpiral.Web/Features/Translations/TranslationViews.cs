namespace OpenSpiral.Web.Features.Translations;

/// <summary>Of the originals written in other languages, how many have an up-to-date translation in one language, an outdated one, or none.</summary>
public sealed record TranslationCounts(int UpToDate, int Outdated, int Missing);

/// <summary>Where one language of the network stands, for wiki pages and for articles.</summary>
public sealed record LanguageTranslationStatus(string Language, TranslationCounts WikiPages, TranslationCounts Articles);

/// <summary>Every language of the network: the interface's and those any wiki page or article is written in.</summary>
public sealed record TranslationSummary(IReadOnlyList<LanguageTranslationStatus> Languages)
{
    public LanguageTranslationStatus? Find(string? language) =>
        Languages.FirstOrDefault(l => string.Equals(l.Language, language?.Trim(), StringComparison.OrdinalIgnoreCase));
}

public enum TranslationKind
{
    WikiPage = 0,
    Article = 1,
}

public enum TranslationState
{
    Missing = 0,
    Outdated = 1,
}

/// <summary>
/// An original that a language lacks (<see cref="TranslationState.Missing"/>) or whose translation in it is
/// older than the original (<see cref="TranslationState.Outdated"/>, with that translation's id and slug).
/// Wiki pages have slugs; articles have none.
/// </summary>
public sealed record TranslationItem(
    TranslationKind Kind, int Id, string? Slug, string Title, string OriginalLanguage, TranslationState Status, int? TranslationId, string? TranslationSlug);
