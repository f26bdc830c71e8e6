using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>
/// Turns unreadable API requests (malformed JSON, a wrong type or enum value, a missing body, a
/// query value that is not a number) into a 400 ProblemDetails that names the field, instead of
/// an empty 400 or the framework's message meant for developers.
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
        string? detail = null;
        if (badRequest.InnerException is JsonException json)
        {
            var field = json.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "$";
            errors[field] = ["The value is not valid for this field."];
            detail = "The JSON body is malformed or has a value of the wrong type.";
        }
        else if (badRequest.StatusCode == StatusCodes.Status400BadRequest && badRequest.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            detail = "The request needs a JSON body.";
        }
        else if (Parameter().Match(badRequest.Message) is { Success: true } parameter)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value);
            errors[name] = [parameter.Groups["kind"].Value == "Failed to bind" ? "The value is not valid for this field." : "A value is required."];
            detail = $"The parameter {name} is missing or not valid.";
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
                Detail = detail ?? badRequest.Message,
            },
        });
    }

    // Minimal APIs say: Failed to bind parameter "int page" from "abc". / Required parameter "int page" was not provided from query string.
    [GeneratedRegex("^(?<kind>Failed to bind|Required) parameter \"(?:[^\"]* )?(?<name>[^\" ]+)\"")]
    private static partial Regex Parameter();
}
