using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria.Export;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;
using OpenSpiral.Web.Infrastructure.Spreadsheets;

namespace OpenSpiral.Web.Features.Criteria.Import;

public static class CriteriaImportApi
{
    public static IEndpointRouteBuilder MapCriteriaImportApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/territories/{territoryId:int}/criteria").WithTags("Criteria import and export").RequireAuthorization(Policies.TerritoryWork);
        group.MapPost("/import", ImportAsync)
            .WithMetadata(new RequestSizeLimitAttribute(CriteriaFile.MaxBytes + (1024 * 1024)))
            .ProducesValidationProblem()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "multipart/form-data with one field `file`: a .csv (UTF-8) or .xlsx file whose first row is " +
                        "`group,question,text,language,component`.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["multipart/form-data"] = new()
                        {
                            Schema = new OpenApiSchema
                            {
                                Type = JsonSchemaType.Object,
                                Required = new HashSet<string> { "file" },
                                Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                            },
                        },
                    },
                };
                return Task.CompletedTask;
            })
            .WithSummary("Imports criteria from a CSV or XLSX file, all or nothing.")
            .WithDescription("Answers {\"imported\": N}, or 400 with every problem keyed by line (\"line 3\", or \"file\" for the whole file), " +
                $"in the caller's language; at most {CriteriaFile.MaxListedProblems} are listed and `problemCount` gives the total. " +
                $"Limits: {CriteriaFile.MaxBytes / 1024 / 1024} MB and {CriteriaFile.MaxRows} rows.");
        group.MapGet("/export", ExportAsync)
            .ProducesValidationProblem()
            .WithSummary("The territory's approved criteria as a CSV or XLSX file (format=csv|xlsx), in the import format.")
            .WithDescription("A CSV is separated by semicolons, with decimal commas, when the request's language writes decimals with a comma (French), " +
                "else by commas; separator=comma or separator=semicolon chooses. UTF-8 with a byte order mark.");
        return routes;
    }

    private static async Task<Results<Ok<ImportResponse>, ValidationProblem, NotFound>> ImportAsync(
        int territoryId, HttpRequest request, ClaimsPrincipal user, OpenSpiralDbContext db, CriteriaImportService service, ImportUploads uploads,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var boundary = request.HasFormContentType && MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary))
        {
            return FileProblem(l["Send the file as multipart/form-data in a field named file."]);
        }

        // The file goes straight from the request to a temporary file: never whole in memory.
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.IsFileDisposition() || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, "file", StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName.HasValue ? disposition.FileName : disposition.FileNameStar).Value;
            if (CriteriaFile.Recognise(fileName, section.ContentType) is not { } format)
            {
                return FileProblem(l["Only .csv and .xlsx files can be imported."]);
            }

            var upload = await uploads.SaveAsync(section.Body, cancellationToken);
            if (upload is null)
            {
                return FileProblem(l["The file is larger than {0} MB.", CriteriaFile.MaxBytes / 1024 / 1024]);
            }

            try
            {
                var userId = user.GetUserId()!;
                var outcome = await service.ImportAsync(territoryId, userId, upload.Path, format, null, cancellationToken);
                return outcome.Succeeded ? TypedResults.Ok(new ImportResponse(outcome.Imported)) : Refused(outcome.Problems, l);
            }
            finally
            {
                uploads.Delete(upload.Path);
            }
        }

        return FileProblem(l["Send the file as multipart/form-data in a field named file."]);
    }

    private static async Task<Results<FileStreamHttpResult, ValidationProblem, NotFound>> ExportAsync(
        int territoryId, string? format, string? separator, OpenSpiralDbContext db, CriteriaExporter exporter, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var slug = await db.Territories.Where(t => t.Id == territoryId).Select(t => t.Slug).FirstOrDefaultAsync(cancellationToken);
        if (slug is null)
        {
            return TypedResults.NotFound();
        }

        if ((string.IsNullOrEmpty(format) ? CriteriaFileFormat.Csv : CriteriaFile.Parse(format)) is not { } fileFormat)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [l["The format must be csv or xlsx."]] });
        }

        if (CsvFormat.Choose(separator, CultureInfo.CurrentCulture) is not { } csvFormat)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["separator"] = [l["The separator must be comma or semicolon."]] });
        }

        var file = await exporter.WriteToTemporaryFileAsync(territoryId, fileFormat, csvFormat: csvFormat, cancellationToken: cancellationToken);
        return TypedResults.File(file, CriteriaFile.ContentType(fileFormat), CriteriaExporter.FileName(slug, fileFormat, clock.GetUtcNow().UtcDateTime));
    }

    private static ValidationProblem FileProblem(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] });

    private static ValidationProblem Refused(ImportProblems problems, IStringLocalizer l) =>
        TypedResults.ValidationProblem(
            problems.ToErrors(l),
            detail: l.Plural(problems.Total, l["Nothing was imported: the file has {0} problem.", problems.Total], l["Nothing was imported: the file has {0} problems.", problems.Total]),
            extensions: new Dictionary<string, object?> { ["problemCount"] = problems.Total });
}

public sealed record ImportResponse(int Imported);
