namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>
/// What the _Pagination partial needs: where we are and how to link to another page. Pages take
/// their number from the query parameter "p": "page" is a route value of Razor Pages.
/// </summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> Link)
{
    public static readonly Pager Empty = new(1, 1, _ => "");
}
