using Microsoft.AspNetCore.Mvc;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Comments;

/// <summary>
/// The comments of one target with the form to add one, for any page:
/// <c>@await Component.InvokeAsync("Comments", new { target = CommentTarget.WikiPage(id) })</c>.
/// The page number comes from the query parameter "comments".
/// </summary>
public sealed class CommentsViewComponent(CommentService service) : ViewComponent
{
    public const int PageSize = 50;

    public sealed record Model(CommentTarget Target, CommentPage Page, Pager Pager, string? UserId, string ReturnUrl);

    public async Task<IViewComponentResult> InvokeAsync(CommentTarget target)
    {
        var number = Pager.FromQuery(int.TryParse(Request.Query["comments"], out var n) ? n : null);
        var page = await service.PageAsync(UserClaimsPrincipal, target, number, PageSize, HttpContext.RequestAborted);
        if (page is null)
        {
            return Content("");
        }

        var path = Request.Path.Value ?? "/";
        var pager = new Pager(number, page.Comments.PageCount, p => $"{path}?comments={p}#comments");
        return View("/Features/Comments/_Comments.cshtml", new Model(target, page, pager, UserClaimsPrincipal.GetUserId(), path + Request.QueryString.Value));
    }
}
