namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>
/// A URL that no endpoint serves is a 404 for everyone, before the fallback authorization policy
/// would ask an anonymous visitor to sign in first.
/// </summary>
/// <remarks>
/// This replaces a catch-all <c>MapFallback</c> endpoint: as a route candidate of every path, it also
/// won the requests that routing turns down for their method (405) or their content type (415),
/// so that a POST without a JSON body answered 404.
/// </remarks>
public static class UnmatchedRequestMiddleware
{
    public static IApplicationBuilder UseNotFoundForUnmatchedRequests(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint() is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    });
}
