using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>One page of a list, with what a client needs to ask for the next.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// The paging parameters of every API list, bound with [AsParameters]: ?page= (from 1) and
/// ?pageSize= (1 to <see cref="Paging.MaxPageSize"/>, <see cref="Paging.DefaultPageSize"/> when absent).
/// </summary>
public sealed record PageQuery([FromQuery(Name = "page")] int Page = 1, [FromQuery(Name = "pageSize")] int PageSize = Paging.DefaultPageSize);

/// <summary>The API's convention for lists: every /api/v1 list takes a <see cref="PageQuery"/> and answers a <see cref="PagedList{T}"/>.</summary>
public static class Paging
{
    /// <summary>The largest page the API lists.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The page size of a list request that names none.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>As <see cref="Check(int, int, Dictionary{string, string[]}, IStringLocalizer)"/>, for the parameters of a list.</summary>
    public static void Check(PageQuery query, Dictionary<string, string[]> errors, IStringLocalizer l) =>
        Check(query.Page, query.PageSize, errors, l);

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

    /// <summary>As above, for the parameters of a list.</summary>
    public static Task<PagedList<TResult>> ToPagedListAsync<TSource, TResult>(
        this IQueryable<TSource> ordered, Expression<Func<TSource, TResult>> projection, PageQuery query, CancellationToken cancellationToken) =>
        ordered.ToPagedListAsync(projection, query.Page, query.PageSize, cancellationToken);

    /// <summary>As above, for a query already in its final shape.</summary>
    public static Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken) =>
        ordered.ToPagedListAsync(x => x, page, pageSize, cancellationToken);
}
