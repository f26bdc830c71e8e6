using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>
/// Turns unreadable API input (malformed JSON, a wrong type or enum value in the body, a query or
/// route value that does not bind) into a 400 ProblemDetails that names the field, instead of an empty 400.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var errors = new Dictionary<string, string[]>();
        var detail = badRequest.Message;
        if (badRequest.InnerException is JsonException json)
        {
            var field = json.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "$";
            errors[field] = ["The value is not valid for this field."];
            detail = "The JSON body is malformed or has a value of the wrong type.";
        }
        else if (badRequest.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            // "Implicit body inferred for parameter "input" but no body was provided": the C# name means nothing to a client.
            errors["$"] = ["A JSON body is required."];
            detail = "The request has no JSON body.";
        }
        else if (ParameterName().Match(badRequest.Message) is { Success: true } parameter)
        {
            // "Failed to bind parameter "Nullable<int> groupId" from "abc"." names the parameter last.
            errors[JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value)] = ["The value is not valid for this field."];
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ValidationProblemDetails(errors)
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read.",
                Detail = detail,
            },
        });
    }

    [GeneratedRegex(@"parameter ""(?:[^""]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
