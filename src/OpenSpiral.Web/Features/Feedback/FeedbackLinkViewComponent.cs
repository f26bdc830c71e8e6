using Microsoft.AspNetCore.Mvc;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Feedback;

/// <summary>The short link and QR code of a group's public page, for its edit page in the workspace.</summary>
public sealed class FeedbackLinkViewComponent(OpenSpiralDbContext db) : ViewComponent
{
    public sealed record Model(string Url, string QrSource, string PosterUrl);

    public async Task<IViewComponentResult> InvokeAsync(string slug, int groupId)
    {
        var code = await FeedbackLinks.EnsureCodeAsync(db, groupId, HttpContext.RequestAborted);
        if (code is null)
        {
            return Content("");
        }

        return View("/Features/Feedback/_FeedbackLink.cshtml", new Model(
            FeedbackLinks.Url(Request, code), $"{FeedbackLinks.Path(code)}/qr.svg", Url.Page("/Feedback/Poster", new { slug, groupId })!));
    }
}
