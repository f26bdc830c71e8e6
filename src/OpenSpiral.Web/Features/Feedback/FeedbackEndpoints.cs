using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Feedback;

public static class FeedbackEndpoints
{
    /// <summary>The QR code of a group's public page: public like the page itself.</summary>
    public static IEndpointRouteBuilder MapFeedbackEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/g/{code}/qr.svg", QrAsync).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> QrAsync(string code, HttpRequest request, OpenSpiralDbContext db, CancellationToken cancellationToken) =>
        await db.Groups.AnyAsync(g => g.FeedbackCode == code, cancellationToken)
            ? TypedResults.Text(QrCode.Svg(FeedbackLinks.Url(request, code)), QrCode.ContentType)
            : TypedResults.NotFound();
}
