using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.OpenData;

/// <summary>
/// A personal API token reads and writes what its owner may, but never manages the account itself: a
/// leaked token must not be able to create more tokens, hide its tracks or change the password.
/// </summary>
public static class ApiTokenRestrictions
{
    public static TBuilder RefusingApiTokens<TBuilder>(this TBuilder endpoints)
        where TBuilder : IEndpointConventionBuilder
    {
        endpoints.AddEndpointFilter(async (context, next) =>
        {
            if (!ApiTokenAuthentication.IsApiToken(context.HttpContext.User))
            {
                return await next(context);
            }

            var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            return TypedResults.Problem(
                l["Sign in with your password to manage your account and its API tokens: a personal API token cannot."],
                statusCode: StatusCodes.Status403Forbidden,
                title: l["Personal API tokens cannot manage the account."]);
        });
        return endpoints;
    }
}
