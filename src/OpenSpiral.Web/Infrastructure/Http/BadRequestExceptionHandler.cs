using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>
/// Turns unreadable API requests (malformed JSON, a wrong type or enum value, a missing body, a
/// query value that is not a number) into a 400 ProblemDetails that names the field, in the
/// request's language, instead of an empty 400 or the framework's message meant for developers.
/// </summary>
/// <remarks>Request localization runs before the exception handler (see Program.cs), so the culture is the request's here.</remarks>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problemDetails, IStringLocalizer<SharedResource> l) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var errors = new Dictionary<string, string[]>();
        string detail = badRequest.Message;
        if (badRequest.InnerException is JsonException json)
        {
            var field = json.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "$";
            errors[field] = [l["The value is not valid for this field."]];
            detail = l["The JSON body is malformed or has a value of the wrong type."];
        }
        else if (badRequest.StatusCode == StatusCodes.Status400BadRequest && badRequest.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            // "Implicit body inferred for parameter "input" but no body was provided": the C# name means nothing to a client.
            errors["$"] = [l["A JSON body is required."]];
            detail = l["The request has no JSON body."];
        }
        else if (Parameter().Match(badRequest.Message) is { Success: true } parameter)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value);
            errors[name] = [parameter.Groups["kind"].Value == "Failed to bind" ? l["The value is not valid for this field."] : l["A value is required."]];
            detail = l["The value of {0} could not be read.", name];
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ValidationProblemDetails(errors)
            {
                Status = badRequest.StatusCode,
                Title = l["The request could not be read."],
                Detail = detail,
            },
        });
    }

    // Minimal APIs say: Failed to bind parameter "Nullable<int> groupId" from "abc". / Required parameter "int page" was not provided from query string.
    [GeneratedRegex("^(?<kind>Failed to bind|Required) parameter \"(?:[^\"]* )?(?<name>[^\" ]+)\"")]
    private static partial Regex Parameter();
}
