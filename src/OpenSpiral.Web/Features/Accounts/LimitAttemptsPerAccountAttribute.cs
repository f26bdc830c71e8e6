using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>Counts each form sent to an account page against the account it names (its Input.Email field).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LimitAttemptsPerAccountAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var limiter = http.RequestServices.GetRequiredService<AccountAttemptLimiter>();
            if (limiter.TryAttempt(AccountsRateLimiting.KindOf(http.Request.Path), form["Input.Email"]) is { } wait)
            {
                await AccountsRateLimiting.RejectAsync(http, wait);
                context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
                return;
            }
        }

        await next();
    }
}
