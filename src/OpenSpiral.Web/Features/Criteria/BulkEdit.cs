namespace OpenSpiral.Web.Features.Criteria;

/// <summary>
/// The bound of every edit of several criteria at once, on pages and in the API: a paste, a split, a
/// selection to merge, delete, classify, approve or reject, criteria linked to a statement. More
/// goes through the file import.
/// </summary>
public static class BulkEdit
{
    public const int MaxLines = 500;

    /// <summary>
    /// The largest form a page of bulk edits reads: <see cref="MaxLines"/> lines of
    /// <see cref="Criterion.MaxTextLength"/> characters fit with room to spare, even percent-encoded.
    /// </summary>
    public const int MaxFormBytes = 8 * 1024 * 1024;

    public static int MaxFormMegabytes => MaxFormBytes / 1024 / 1024;
}
