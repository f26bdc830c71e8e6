using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Notifications;

/// <summary>The caller's own notices: nobody reads or marks another's.</summary>
public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder routes)
    {
        var notifications = routes.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization();
        notifications.MapGet("/", ListAsync).WithSummary("The caller's notices, newest first, paginated, with their text in the request's language and the address of the item's page (url, null when it has none); unread=true lists the unread ones only.");
        notifications.MapPost("/{notificationId:long}/read", MarkReadAsync).WithSummary("Marks one of the caller's notices read (204; 404 for a notice that is not the caller's).");
        notifications.MapPost("/read-all", MarkAllReadAsync).WithSummary("Marks all the caller's notices read; answers how many were unread.");
        return routes;
    }

    public sealed record ReadAllResponse(int Marked);

    private static async Task<Results<Ok<PagedList<NotificationResponse>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, NotificationInbox inbox, IStringLocalizer<SharedResource> l, bool? unread, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await inbox.PageAsync(user.GetUserId()!, unread == true, paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<NoContent, NotFound>> MarkReadAsync(long notificationId, ClaimsPrincipal user, NotificationInbox inbox, CancellationToken cancellationToken) =>
        await inbox.MarkReadAsync(user.GetUserId()!, notificationId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<ReadAllResponse>> MarkAllReadAsync(ClaimsPrincipal user, NotificationInbox inbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ReadAllResponse(await inbox.MarkAllReadAsync(user.GetUserId()!, cancellationToken)));
}
