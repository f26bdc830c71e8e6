using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>One page of a list, with what a client needs to ask for the next.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

public static class Paging
{
    /// <summary>The largest page the API lists.</summary>
    public const int MaxPageSize = 200;

    /// <summary>
    /// The API's rule for every list: a page number below 1 or a page size outside 1 to
    /// <see cref="MaxPageSize"/> is a 400 naming the field (never silently corrected).
    /// </summary>
    public static void Check(int page, int pageSize, Dictionary<string, string[]> errors, IStringLocalizer l)
    {
        if (page < 1)
        {
            errors["page"] = [l["Pages start at 1 and hold 1 to {0} items.", MaxPageSize]];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [l["Pages start at 1 and hold 1 to {0} items.", MaxPageSize]];
        }
    }

    /// <summary>
    /// Page <paramref name="page"/> (from 1) of an ordered query: the total, then the page's items
    /// projected. A page past the end is empty (its items are not even asked for): computed in int,
    /// (page - 1) * pageSize overflows for a large page number and the negative offset reads page 1.
    /// </summary>
    public static async Task<PagedList<TResult>> ToPagedListAsync<TSource, TResult>(
        this IQueryable<TSource> ordered, Expression<Func<TSource, TResult>> projection, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var total = await ordered.CountAsync(cancellationToken);
        var skip = (long)(page - 1) * pageSize;
        var items = skip >= total ? [] : await ordered.Skip((int)skip).Take(pageSize).Select(projection).ToListAsync(cancellationToken);
        return new PagedList<TResult>(items, page, pageSize, total);
    }

    /// <summary>As above, for a query already in its final shape.</summary>
    public static Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken) =>
        ordered.ToPagedListAsync(x => x, page, pageSize, cancellationToken);
}
