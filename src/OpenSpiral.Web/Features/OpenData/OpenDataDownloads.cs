using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.OpenData;

/// <summary>The download files of every dataset, <c>/open-data/{dataset}.csv</c> and <c>.json</c>, and the licence, for anyone.</summary>
public static class OpenDataDownloads
{
    public static IEndpointRouteBuilder MapOpenDataDownloads(this IEndpointRouteBuilder routes)
    {
        var files = routes.MapGroup("/open-data").AllowAnonymous().RequireRateLimiting(OpenDataRateLimiting.Policy).ExcludeFromDescription();
        foreach (var dataset in OpenDataService.Datasets)
        {
            files.MapGet($"/{dataset}.csv", (HttpContext http, OpenDataService data, OpenDataWriter writer, CancellationToken cancellationToken) =>
                WriteAsync(http, data, dataset, "text/csv; charset=utf-8", ".csv", _ => writer.WriteCsvAsync(dataset, http.Response.Body, cancellationToken), cancellationToken));
            files.MapGet($"/{dataset}.json", (HttpContext http, OpenDataService data, OpenDataWriter writer, CancellationToken cancellationToken) =>
                WriteAsync(http, data, dataset, "application/json; charset=utf-8", ".json", licence => writer.WriteJsonAsync(dataset, licence, http.Response.BodyWriter, cancellationToken), cancellationToken));
        }

        files.MapGet("/licence.txt", LicenceAsync);
        return routes;
    }

    private static async Task WriteAsync(HttpContext http, OpenDataService data, string dataset, string contentType, string extension, Func<string, Task> write, CancellationToken cancellationToken)
    {
        var licence = await data.LicenceAsync(cancellationToken);
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"openspiral-{dataset}{extension}\"";
        http.Response.Headers.Link = $"<{OpenDataLicences.Url(licence)}>; rel=\"license\"";
        await write(licence);
    }

    private static async Task<IResult> LicenceAsync(OpenSpiralDbContext db, CancellationToken cancellationToken)
    {
        var settings = await db.NetworkSettings.AsNoTracking().Select(s => new { s.Name, s.OpenDataLicence }).FirstAsync(cancellationToken);
        var text = new StringBuilder()
            .Append("Open data of ").Append(settings.Name).Append("\r\n\r\n")
            .Append("Licence: ").Append(OpenDataLicences.Name(settings.OpenDataLicence)).Append(" (").Append(settings.OpenDataLicence).Append(")\r\n")
            .Append(OpenDataLicences.Url(settings.OpenDataLicence)).Append("\r\n\r\n")
            .Append("Every file under /open-data (CSV and JSON) and every answer of /api/v1/open-data is under this licence.\r\n")
            .Append("Credit: ").Append(settings.Name).Append(", territories of co-responsibility (OpenSpiral).\r\n")
            .Append("The fields of every dataset are described at /open-data/readme.\r\n")
            .ToString();
        return TypedResults.Text(text, "text/plain; charset=utf-8");
    }
}
