using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>
/// Any other failure of an API request is a 500 ProblemDetails in the request's language, never
/// the HTML error page, and says nothing of the exception: its message and stack go to the log only.
/// Pages keep their error page (/error).
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, IStringLocalizer<SharedResource> l, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page: the original path is kept aside.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!new PathString(path).StartsWithSegments("/api"))
        {
            return false;
        }

        // A handled exception is not logged by the exception handler middleware itself.
        LogUnhandled(logger, exception, httpContext.Request.Method, path);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = l["An error occurred while processing your request."],
                Detail = l["An unexpected error happened. It has been logged; please try again later."],
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in API request {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
