namespace OpenSpiral.Web.Features.Articles;

/// <summary>What a change to an article came to: done (with its id), invalid, stale, missing or forbidden.</summary>
public sealed record ArticleOutcome(int? Id, Dictionary<string, string[]> Errors, int? CurrentVersion, bool NotFound, bool Forbidden = false)
{
    public static readonly ArticleOutcome Missing = new(null, [], null, true);

    public static readonly ArticleOutcome NotAllowed = new(null, [], null, false, true);

    public static ArticleOutcome Done(int id) => new(id, [], null, false);

    public static ArticleOutcome Invalid(Dictionary<string, string[]> errors) => new(null, errors, null, false);

    public static ArticleOutcome StaleAt(int currentVersion) => new(null, [], currentVersion, false);

    public bool Stale => CurrentVersion is not null;
}
