namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>
/// What the _Pagination partial needs: where we are and how to link to another page. Pages take
/// their number from the query parameter "p": "page" is a route value of Razor Pages. A number below
/// 1 reads page 1 (<see cref="FromQuery"/>); a number past the end shows an empty page whose
/// "Previous" link leads to the last page.
/// </summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> Link)
{
    public static readonly Pager Empty = new(1, 1, _ => "");

    /// <summary>The page a page asks for: 1 when the number is missing, zero or negative.</summary>
    public static int FromQuery(int? page) => page is > 1 ? page.Value : 1;

    public bool IsPastTheEnd => Page > PageCount;

    public int Previous => Math.Min(Page - 1, PageCount);
}
