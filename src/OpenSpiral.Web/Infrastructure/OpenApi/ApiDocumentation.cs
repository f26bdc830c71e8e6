using Scalar.AspNetCore;

namespace OpenSpiral.Web.Infrastructure.OpenApi;

public static class ApiDocumentation
{
    /// <summary>
    /// The OpenAPI document (/openapi/v1.json) and the API reference built on it (/api-reference), each
    /// unless turned off (Api:OpenApiDocument:Enabled, Api:Reference:Enabled). The reference serves
    /// its own script and uses the system fonts, and sends no telemetry: it works offline, under the
    /// site's Content-Security-Policy.
    /// </summary>
    public static IEndpointRouteBuilder MapApiDocumentation(this IEndpointRouteBuilder routes, IConfiguration configuration)
    {
        if (!configuration.GetValue("Api:OpenApiDocument:Enabled", true))
        {
            return routes;
        }

        routes.MapOpenApi().AllowAnonymous();
        if (configuration.GetValue("Api:Reference:Enabled", true))
        {
            routes.MapScalarApiReference("/api-reference", o => o
                .WithTitle("OpenSpiral API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableTelemetry()).AllowAnonymous();
        }

        return routes;
    }
}
