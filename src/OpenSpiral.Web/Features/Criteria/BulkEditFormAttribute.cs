using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Criteria;

/// <summary>
/// Sends a post larger than <see cref="BulkEdit.MaxFormBytes"/> back to its page, unread, with a
/// message naming the limit: the antiforgery check, which runs after this filter, would otherwise
/// answer a bare 400 for a form it cannot read. Pages that carry it also read forms of up to that
/// size (<see cref="RequestFormLimitsAttribute"/>), so that a paste over the line limit comes back
/// with its message and the text typed.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BulkEditFormAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    // Before the antiforgery check (1000) and the form limits (900).
    public int Order => 0;

    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || http.Request.ContentLength is not > BulkEdit.MaxFormBytes)
        {
            return Task.CompletedTask;
        }

        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        tempData["Problem"] = l["What you sent is larger than {0} MB, so nothing was stored. Send at most {1} lines at once; the import takes more.", BulkEdit.MaxFormMegabytes, BulkEdit.MaxLines].Value;

        // Result filters, which save TempData, do not run after an authorization filter answers.
        tempData.Save();
        var query = QueryString.Create(http.Request.Query.Where(q => !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase)));
        context.Result = new RedirectResult(http.Request.PathBase + http.Request.Path + query);
        return Task.CompletedTask;
    }
}
