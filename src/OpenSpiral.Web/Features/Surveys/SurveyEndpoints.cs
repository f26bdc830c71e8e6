using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Feedback;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Surveys;

public static class SurveyEndpoints
{
    /// <summary>The name to build the QR code's address with (<c>Url.RouteUrl</c>), so its template lives here only.</summary>
    public const string QrRouteName = "SurveyQrCode";

    /// <summary>The QR code of a survey's public address, for the workspace and its poster.</summary>
    public static IEndpointRouteBuilder MapSurveyEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/territories/{slug}/workspace/surveys/{surveyId:int}/qr.svg", QrAsync)
            .WithName(QrRouteName).RequireAuthorization(Policies.TerritoryWork).ExcludeFromDescription();
        return routes;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> QrAsync(string slug, int surveyId, SurveyService service, OpenSpiralDbContext db, CancellationToken cancellationToken)
    {
        var code = await db.Surveys.Where(s => s.Id == surveyId && db.Territories.Any(t => t.Id == s.TerritoryId && t.Slug == slug))
            .Select(s => s.Code).FirstOrDefaultAsync(cancellationToken);
        return code is null ? TypedResults.NotFound() : TypedResults.Text(QrCode.Svg(service.PublicUrl(code)), QrCode.ContentType);
    }
}
