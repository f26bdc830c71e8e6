using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Syntheses;

public static class SynthesesApi
{
    public static IEndpointRouteBuilder MapSynthesesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/territories/{territoryId:int}/synthesis").WithTags("Syntheses").RequireAuthorization(Policies.TerritoryWork);
        group.MapGet("/", GetAsync).WithSummary("The territory's synthesis: approved criteria per component and question, ranked by total; optionally of one group or one group profile.");
        group.MapGet("/criteria", ListCriteriaAsync).WithSummary(
            "The approved criteria behind one number of the synthesis, paginated: filters family, component (a code, or 'none' for unclassified), question, groupId, profile, kind, " +
            "and scope 'network' for the shared criteria of the territories that share with the network (named by territory, never by group; by family, component and question only).");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<SynthesisCriterion>>, NotFound, ValidationProblem>> ListCriteriaAsync(
        int territoryId, OpenSpiralDbContext db, SynthesisService service, SynthesisCriteria criteria, IStringLocalizer<SharedResource> l,
        string? family, string? component, string? question, int? groupId, string? profile, string? kind, string? scope,
        int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        var labels = await service.LoadLabelsAsync("en", cancellationToken);
        var filter = await SynthesisCriteria.ParseAsync(db, labels, territoryId, new(family, component, question, groupId, profile, kind, scope), errors, l, cancellationToken);
        Paging.Check(page, pageSize, errors, l);
        if (filter is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await criteria.PageAsync(territoryId, filter, page, pageSize, cancellationToken));
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
