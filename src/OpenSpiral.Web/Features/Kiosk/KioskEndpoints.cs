using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Feedback;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Kiosk;

public static class KioskEndpoints
{
    /// <summary>The name to build the QR code's address with (<c>Url.RouteUrl</c>), so its template lives here only.</summary>
    public const string QrRouteName = "KioskQrCode";

    /// <summary>The QR code of a kiosk's public address, for the workspace and its posters.</summary>
    public static IEndpointRouteBuilder MapKioskEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/territories/{slug}/workspace/kiosks/{campaignId:int}/qr.svg", QrAsync)
            .WithName(QrRouteName).RequireAuthorization(Policies.TerritoryWork).ExcludeFromDescription();
        return routes;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> QrAsync(string slug, int campaignId, HttpRequest request, OpenSpiralDbContext db, CancellationToken cancellationToken)
    {
        var code = await db.KioskCampaigns.Where(k => k.Id == campaignId && db.Territories.Any(t => t.Id == k.TerritoryId && t.Slug == slug))
            .Select(k => k.Code).FirstOrDefaultAsync(cancellationToken);
        return code is null ? TypedResults.NotFound() : TypedResults.Text(QrCode.Svg($"{FeedbackLinks.Origin(request)}/kiosk/{code}"), QrCode.ContentType);
    }
}
