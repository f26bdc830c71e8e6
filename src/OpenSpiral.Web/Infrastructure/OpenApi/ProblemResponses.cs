using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OpenSpiral.Web.Infrastructure.OpenApi;

/// <summary>
/// Completes each operation with what the handlers' signatures cannot say: the Bearer scheme and
/// the 401/403 answers of endpoints that need a login, and the ProblemDetails body of every error.
/// </summary>
internal static class ProblemResponses
{
    private const string ProblemJson = "application/problem+json";

    public static async Task DocumentAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var needsLogin = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        if (needsLogin && context.Document is { } document)
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Not logged in: no or an expired Bearer token." });
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Logged in without the role this needs (for instance in another territory)." });
        }

        IOpenApiSchema? problem = null;
        foreach (var (status, response) in operation.Responses)
        {
            if (status.StartsWith('4') && response is OpenApiResponse { Content: null or { Count: 0 } } bare)
            {
                problem ??= await ProblemSchemaAsync(context, cancellationToken);
                bare.Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = problem } };
            }
        }
    }

    // One ProblemDetails component, referenced by every error answer.
    private static async Task<IOpenApiSchema> ProblemSchemaAsync(OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Document is not { } document)
        {
            return await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        }

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(nameof(ProblemDetails)))
        {
            document.Components.Schemas[nameof(ProblemDetails)] = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        }

        return new OpenApiSchemaReference(nameof(ProblemDetails), document);
    }
}
