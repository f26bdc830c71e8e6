namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>
/// Answers 404 to an address that no endpoint serves, before authorization: otherwise the
/// fallback policy (logged-in users only) would send anonymous visitors to the login page first.
/// Unlike a catch-all fallback endpoint, this leaves routing's own 405 (wrong method) and 415
/// (wrong content type) answers in place, and gives them to anonymous callers too.
/// </summary>
public static class UnknownAddressMiddleware
{
    public static IApplicationBuilder UseNotFoundForUnknownAddresses(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.GetEndpoint() is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        // Routing's rejections are bare endpoints without route or metadata; they only write a status.
        if (context.GetEndpoint() is { RequestDelegate: { } reject } endpoint and not RouteEndpoint && endpoint.Metadata.Count == 0)
        {
            return reject(context);
        }

        return next(context);
    });
}
