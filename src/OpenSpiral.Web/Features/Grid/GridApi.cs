using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Grid;

public static class GridApi
{
    public static RouteGroupBuilder MapGridApi(this IEndpointRouteBuilder routes)
    {
        // The grid is public reference data; changing it is for administrators only.
        var group = routes.MapGroup("/grid").WithTags("Grid");
        group.MapGet("/", GetCurrentAsync).AllowAnonymous().WithSummary("The current classification grid in one language (lang=en|fr|...; English where a text is missing; 400 for a language the grid does not have).");
        group.MapGet("/export", ExportAsync).AllowAnonymous().Produces<GridDocument>(StatusCodes.Status200OK, "application/json").WithSummary("The current grid in the JSON exchange format, every language included.");
        group.MapPost("/import", ImportAsync).RequireAuthorization(Policies.Administrator)
            .WithSummary("Imports a grid in the JSON exchange format as a new version and makes it current (administrators).");
        return group;
    }

    private static async Task<Results<Ok<GridResponse>, NotFound, ValidationProblem>> GetCurrentAsync(GridService grid, string? lang, CancellationToken cancellationToken)
    {
        var version = await grid.GetCurrentAsync(cancellationToken);
        if (version is null)
        {
            return TypedResults.NotFound();
        }

        // The answer names the language it is written in: one the grid has, never just the one asked for.
        var available = version.Families.SelectMany(f => f.Texts.Select(t => t.Language).Concat(f.Components.SelectMany(c => c.Texts).Select(t => t.Language)))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        if (!string.IsNullOrWhiteSpace(lang))
        {
            var asked = lang.Trim().ToLowerInvariant();
            return available.Contains(asked)
                ? TypedResults.Ok(GridResponse.From(version, asked))
                : TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["lang"] = [$"The grid has no text in '{asked}'. Languages: {string.Join(", ", available)}."],
                });
        }

        var language = available.Contains(Languages.Current) ? Languages.Current : available.Contains("en") ? "en" : available.FirstOrDefault() ?? "en";
        return TypedResults.Ok(GridResponse.From(version, language));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(GridService grid, CancellationToken cancellationToken)
    {
        var version = await grid.GetCurrentAsync(cancellationToken);
        if (version is null)
        {
            return TypedResults.NotFound();
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(GridService.ToDocument(version), GridService.JsonOptions);
        return TypedResults.File(json, "application/json", $"openspiral-grid-{version.Version}.json");
    }

    private static async Task<Results<Created<GridResponse>, ValidationProblem>> ImportAsync(GridDocument document, GridService grid, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var errors = GridService.Validate(document, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["grid"] = [.. errors] });
        }

        var version = await grid.ImportAsync(document, cancellationToken);
        return TypedResults.Created("/api/v1/grid", GridResponse.From(version, Languages.Current));
    }
}

public sealed record GridResponse(string Name, string Version, string Language, List<GridResponse.FamilyResponse> Families)
{
    public sealed record FamilyResponse(string Code, string Name, string Description, List<ComponentResponse> Components);

    public sealed record ComponentResponse(string Code, string Name, string Description);

    public static GridResponse From(GridVersion version, string language) => new(
        version.Name,
        version.Version,
        language,
        [.. version.Families.OrderBy(f => f.SortOrder).Select(f =>
        {
            var text = f.Texts.InLanguage(language);
            return new FamilyResponse(
                f.Code,
                text?.Name ?? f.Code,
                text?.Description ?? "",
                [.. f.Components.OrderBy(c => c.SortOrder).Select(c =>
                {
                    var componentText = c.Texts.InLanguage(language);
                    return new ComponentResponse(c.Code, componentText?.Name ?? c.Code, componentText?.Description ?? "");
                })]);
        })]);
}
