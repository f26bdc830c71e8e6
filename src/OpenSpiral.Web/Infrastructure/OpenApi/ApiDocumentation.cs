using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;
using Scalar.AspNetCore;

namespace OpenSpiral.Web.Infrastructure.OpenApi;

public static class ApiDocumentation
{
    /// <summary>
    /// The OpenAPI document (/openapi/v1.json) and the API reference built on it (/api-reference), each
    /// unless turned off (Api:OpenApiDocument:Enabled, Api:Reference:Enabled). The reference serves
    /// its own script and uses the system fonts, and sends no telemetry: it works offline, under the
    /// site's Content-Security-Policy. It shows none of the vendor's buttons (its API client, the
    /// download, the developer tools, the theme toggle) and starts with a link back to the site in
    /// the reader's language.
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
            routes.MapScalarApiReference("/api-reference", (o, context) => o
                .WithTitle("OpenSpiral API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .HideClientButton()
                .HideDocumentDownload()
                .HideDeveloperTools()
                .HideDarkModeToggle()
                .WithFavicon("/img/spiral.svg")
                .AddHeaderContent(BackToTheSite(context))).AllowAnonymous();
        }

        return routes;
    }

    private static string BackToTheSite(HttpContext context)
    {
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var text = HtmlEncoder.Create(UnicodeRanges.All).Encode(l["Back to OpenSpiral"]);
        return $"<nav class=\"api-reference-site\" aria-label=\"OpenSpiral\"><a href=\"/\">{text}</a></nav>";
    }
}
