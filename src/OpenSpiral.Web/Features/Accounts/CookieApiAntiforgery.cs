using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// A browser sends the login cookie with any request to the site, including one forged by another
/// page: an API call that changes something and is signed in by that cookie must also carry the
/// antiforgery token, which only the site's own pages and scripts can read. Bearer tokens are never
/// sent by the browser on its own, so bearer calls need none. See docs/decisions/0009.
/// </summary>
public static class CookieApiAntiforgery
{
    public static IApplicationBuilder UseAntiforgeryForCookieApiCalls(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (NeedsToken(context) && !await HasValidTokenAsync(context))
        {
            var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = l["The antiforgery token is missing or not valid."],
                    Detail = l["A request signed in with the login cookie must send the token of GET /api/v1/identity/antiforgery-token in the RequestVerificationToken header, or use a bearer token instead."],
                },
            });
            return;
        }

        await next(context);
    });

    /// <summary>The token to send in the RequestVerificationToken header with the login cookie.</summary>
    public static IEndpointConventionBuilder MapAntiforgeryToken(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/antiforgery-token", Token)
            .RequireAuthorization()
            .WithSummary("The antiforgery token that a client signed in with the login cookie sends with every POST, PUT, PATCH or DELETE.")
            .WithDescription("Send `token` in the header named `headerName`. Clients using a bearer token need no antiforgery token.");

    private static Ok<AntiforgeryTokenResponse> Token(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryTokenResponse(tokens.HeaderName!, tokens.RequestToken!));
    }

    private static bool NeedsToken(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        && context.User.Identity?.IsAuthenticated == true
        && !AccountsServiceCollectionExtensions.HasBearerToken(context.Request);

    // Only the header is read: looking for a form field would read (and use up) a whole uploaded file.
    private static async Task<bool> HasValidTokenAsync(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        var header = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AntiforgeryOptions>>().Value.HeaderName;
        return header is not null && context.Request.Headers.ContainsKey(header) && await antiforgery.IsRequestValidAsync(context);
    }
}

public sealed record AntiforgeryTokenResponse(string HeaderName, string Token);
