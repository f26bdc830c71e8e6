using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Syntheses;

public static class SynthesesApi
{
    public static IEndpointRouteBuilder MapSynthesesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/territories/{territoryId:int}/synthesis").WithTags("Syntheses").RequireAuthorization(Policies.TerritoryWork);
        group.MapGet("/", GetAsync).WithSummary("The territory's synthesis: approved criteria per component and question, ranked by total; optionally of one group or one group profile.");
        return routes;
    }

    private static async Task<Results<Ok<SynthesisResponse>, NotFound, ValidationProblem>> GetAsync(
        int territoryId, int? groupId, string? profile, OpenSpiralDbContext db, SynthesisService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        if (groupId is not null && !await db.Groups.AnyAsync(g => g.Id == groupId && g.TerritoryId == territoryId, cancellationToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["groupId"] = [l["No group of this territory has this id."]] });
        }

        var synthesis = await service.SynthesizeAsync(SynthesisScope.Territory(territoryId, groupId, profile), "en", cancellationToken: cancellationToken);
        return TypedResults.Ok(SynthesisResponse.From(synthesis));
    }
}

public sealed record SynthesisResponse(int Total, int Unclassified, IReadOnlyList<SynthesisComponentResponse> Components)
{
    public static SynthesisResponse From(Synthesis synthesis) => new(
        synthesis.Total,
        synthesis.Unclassified.Total,
        [.. synthesis.Components.Select(c => new SynthesisComponentResponse(c.Code, c.FamilyCode, c.Counts.Total, new QuestionCountsResponse(c.Counts.Q1, c.Counts.Q2, c.Counts.Q3, c.Counts.Q4)))]);
}

public sealed record SynthesisComponentResponse(string Code, string Family, int Total, QuestionCountsResponse Counts);

public sealed record QuestionCountsResponse(
    [property: JsonPropertyName("Q1")] int Q1,
    [property: JsonPropertyName("Q2")] int Q2,
    [property: JsonPropertyName("Q3")] int Q3,
    [property: JsonPropertyName("Q4")] int Q4);
