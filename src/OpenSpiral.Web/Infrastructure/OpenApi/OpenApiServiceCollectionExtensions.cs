using Microsoft.OpenApi;

namespace OpenSpiral.Web.Infrastructure.OpenApi;

public static class OpenApiServiceCollectionExtensions
{
    public static IServiceCollection AddOpenSpiralOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "OpenSpiral API",
                    Version = "v1",
                    Description = "Territories, homogeneous groups, the classification grid and criteria of the SPIRAL method. " +
                        "Authenticate with POST /api/v1/identity/login and send the accessToken as a Bearer token.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "The accessToken answered by POST /api/v1/identity/login.",
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(ProblemResponses.DocumentAsync);
            o.AddSchemaTransformer(StringSchemas.DescribeAsync);
        });
}
