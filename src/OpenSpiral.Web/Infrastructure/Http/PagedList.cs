namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>One page of a list, with what a client needs to ask for the next.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
