namespace OpenSpiral.Web.Features.Criteria;

/// <summary>
/// How a criterion's component was chosen, so the share of accepted suggestions can be shown: it
/// counts only <see cref="Suggestion"/> and <see cref="Declined"/>, the criteria that were shown suggestions.
/// </summary>
public enum ClassificationMethod
{
    /// <summary>Chosen by hand with no suggestion shown (none available, or classified elsewhere than on the board).</summary>
    Manual,

    /// <summary>One of the suggestions shown was accepted.</summary>
    Suggestion,

    /// <summary>Classified in the imported file.</summary>
    Import,

    /// <summary>Suggestions were shown on the board and another component was chosen.</summary>
    Declined,
}
