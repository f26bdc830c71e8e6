using Microsoft.AspNetCore.Identity.Data;
using Microsoft.AspNetCore.Mvc;

namespace OpenSpiral.Web.Features.Accounts;

public static class AccountsApiRateLimits
{
    /// <summary>Limits the /identity endpoints per client address and per account (see <see cref="AccountsRateLimiting"/>).</summary>
    public static IEndpointConventionBuilder WithAccountsRateLimits(this IEndpointConventionBuilder endpoints)
    {
        endpoints.RequireRateLimiting(AccountsRateLimiting.Policy);
        endpoints.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var email = context.Arguments.Select(EmailOf).FirstOrDefault(e => e is not null);
            var limiter = http.RequestServices.GetRequiredService<AccountAttemptLimiter>();
            if (limiter.TryAttempt(AccountsRateLimiting.KindOf(http.Request.Path), email) is { } wait)
            {
                await AccountsRateLimiting.RejectAsync(http, wait);
                return Results.Empty;
            }

            return await next(context);
        });
        endpoints.Finally(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } pattern } && AccountsRateLimiting.KindOf(pattern) is not null)
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails), ["application/problem+json"]));
            }
        });
        return endpoints;
    }

    private static string? EmailOf(object? argument) => argument switch
    {
        LoginRequest login => login.Email,
        ForgotPasswordRequest forgot => forgot.Email,
        ResetPasswordRequest reset => reset.Email,
        ResendConfirmationEmailRequest resend => resend.Email,
        _ => null,
    };
}
