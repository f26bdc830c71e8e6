using Microsoft.AspNetCore.Http.HttpResults;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Grid;

public static class GridApi
{
    public static RouteGroupBuilder MapGridApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/grid").WithTags("Grid").AllowAnonymous();
        group.MapGet("/", GetCurrentAsync).WithSummary("The current classification grid in one language (lang=en|fr|...; English where a text is missing).");
        return group;
    }

    private static async Task<Results<Ok<GridResponse>, NotFound>> GetCurrentAsync(GridService grid, string? lang, CancellationToken cancellationToken)
    {
        var version = await grid.GetCurrentAsync(cancellationToken);
        if (version is null)
        {
            return TypedResults.NotFound();
        }

        var language = string.IsNullOrWhiteSpace(lang) ? Languages.Current : lang.Trim().ToLowerInvariant();
        return TypedResults.Ok(GridResponse.From(version, language));
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
