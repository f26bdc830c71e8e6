using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OpenSpiral.Web.Infrastructure.OpenApi;

/// <summary>
/// Strings are read through a converter of our own (see Infrastructure/Text), and the schema
/// generator gives up on types with a custom converter: it would describe every string as
/// anything. This puts back what it says without one: a string, or null too where the C# type allows it.
/// </summary>
internal static class StringSchemas
{
    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo;
        if (type.Type == typeof(string) && schema.Type is null)
        {
            schema.Type = context.JsonPropertyInfo is { } property && (property.IsGetNullable || property.IsSetNullable)
                ? JsonSchemaType.String | JsonSchemaType.Null
                : JsonSchemaType.String;
        }
        else if (type.ElementType == typeof(string) && type.Kind == JsonTypeInfoKind.Enumerable && schema.Items is null)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }
        else if (type.ElementType == typeof(string) && type.Kind == JsonTypeInfoKind.Dictionary && schema.AdditionalProperties is null)
        {
            schema.AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String };
        }

        return Task.CompletedTask;
    }
}
