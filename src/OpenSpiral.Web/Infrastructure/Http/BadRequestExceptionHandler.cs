using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>
/// Turns unreadable API input (malformed JSON, a wrong type or enum value in the body, a query or
/// route value that does not bind) into a 400 ProblemDetails that names the field, instead of an empty 400.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problemDetails, IStringLocalizer<SharedResource> l) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        // The exception handler runs outside request localization, which has put the thread's culture back by now.
        if (httpContext.Features.Get<IRequestCultureFeature>() is { } requestCulture)
        {
            CultureInfo.CurrentCulture = requestCulture.RequestCulture.Culture;
            CultureInfo.CurrentUICulture = requestCulture.RequestCulture.UICulture;
        }

        var errors = new Dictionary<string, string[]>();
        var detail = badRequest.Message;
        if (badRequest.InnerException is JsonException json)
        {
            var field = json.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "$";
            errors[field] = [l["The value is not valid for this field."]];
            detail = l["The JSON body is malformed or has a value of the wrong type."];
        }
        else if (badRequest.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            // "Implicit body inferred for parameter "input" but no body was provided": the C# name means nothing to a client.
            errors["$"] = [l["A JSON body is required."]];
            detail = l["The request has no JSON body."];
        }
        else if (ParameterName().Match(badRequest.Message) is { Success: true } parameter)
        {
            // "Failed to bind parameter "Nullable<int> groupId" from "abc"." names the parameter last.
            var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value);
            errors[name] = [l["The value is not valid for this field."]];
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

    [GeneratedRegex(@"parameter ""(?:[^""]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
