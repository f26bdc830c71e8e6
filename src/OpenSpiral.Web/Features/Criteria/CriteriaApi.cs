using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Criteria;

public static class CriteriaApi
{
    public static IEndpointRouteBuilder MapCriteriaApi(this IEndpointRouteBuilder routes)
    {
        var territoryCriteria = routes.MapGroup("/territories/{territoryId:int}/criteria").WithTags("Criteria").RequireAuthorization(Policies.TerritoryWork);
        territoryCriteria.MapPost("/", CreateAsync).WithSummary("Adds a criterion written by a citizen of one of the territory's groups.");
        territoryCriteria.MapGet("/", ListAsync).WithSummary("The territory's criteria, paginated; filters: component (a code, or 'none' for unclassified), question, groupId, status.");

        var criteria = routes.MapGroup("/criteria/{criterionId:long}").WithTags("Criteria").RequireAuthorization(Policies.TerritoryWork);
        criteria.MapGet("/", GetAsync).WithSummary("One criterion.");
        criteria.MapPut("/component", ClassifyAsync).WithSummary("Classifies a criterion in a component of the current grid (null unclassifies); the former component stays in its history.");
        return routes;
    }

    private static async Task<Results<Created<CriterionResponse>, NotFound, ValidationProblem>> CreateAsync(
        int territoryId, CriterionInput input, OpenSpiralDbContext db, CriterionService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var group = await db.Groups.AsNoTracking().Where(g => g.Id == input.GroupId && g.TerritoryId == territoryId)
            .Select(g => new { g.Id, g.Language }).FirstOrDefaultAsync(cancellationToken);
        if (group is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["groupId"] = [l["This territory has no group {0}.", input.GroupId!]] });
        }

        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [l["The criterion's text is empty."]] });
        }

        var created = await service.AddAsync(territoryId, group.Id, input.Question!.Value, input.Language ?? group.Language, [input.Text], user.GetUserId(), cancellationToken);
        var response = await db.Criteria.AsNoTracking().Where(c => c.Id == created[0].Id).Select(CriterionResponse.Projection).FirstAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/criteria/{response.Id}", response);
    }

    private static async Task<Results<Ok<PagedList<CriterionResponse>>, NotFound, ValidationProblem>> ListAsync(
        int territoryId, OpenSpiralDbContext db, IStringLocalizer<SharedResource> l, string? component, string? question, int? groupId, string? status,
        [AsParameters] PageQuery paging, CancellationToken cancellationToken = default)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        // Filters take the names the responses use ("Q1", "pending"); an unknown value is an error, not an empty page.
        var errors = new Dictionary<string, string[]>();
        var questionFilter = EnumNames.Parse<Question>(question);
        if (!string.IsNullOrWhiteSpace(question) && questionFilter is null)
        {
            errors["question"] = [l["{0} is not a question: use Q1, Q2, Q3 or Q4.", question]];
        }

        var statusFilter = EnumNames.Parse<CriterionStatus>(status);
        if (!string.IsNullOrWhiteSpace(status) && statusFilter is null)
        {
            errors["status"] = [l["{0} is not a status: use approved, pending or rejected.", status]];
        }

        if (groupId is not null && !await db.Groups.AnyAsync(g => g.Id == groupId && g.TerritoryId == territoryId, cancellationToken))
        {
            errors["groupId"] = [l["No group of this territory has this id."]];
        }

        Paging.Check(paging, errors, l);

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Criteria.AsNoTracking().Where(c => c.TerritoryId == territoryId);
        if (component is { Length: > 0 })
        {
            var code = component.Trim().ToUpperInvariant();
            query = code == "NONE" ? query.Where(c => c.ComponentId == null) : query.Where(c => c.Component!.Code == code);
        }

        if (questionFilter is { } wantedQuestion)
        {
            query = query.Where(c => c.Question == wantedQuestion);
        }

        if (groupId is not null)
        {
            query = query.Where(c => c.GroupId == groupId);
        }

        if (statusFilter is { } wantedStatus)
        {
            query = query.Where(c => c.Status == wantedStatus);
        }

        return TypedResults.Ok(await query.OrderBy(c => c.Id).ToPagedListAsync(CriterionResponse.Projection, paging, cancellationToken));
    }

    private static async Task<Results<Ok<CriterionResponse>, NotFound>> GetAsync(long criterionId, OpenSpiralDbContext db, CancellationToken cancellationToken)
    {
        var criterion = await db.Criteria.AsNoTracking().Where(c => c.Id == criterionId).Select(CriterionResponse.Projection).FirstOrDefaultAsync(cancellationToken);
        return criterion is null ? TypedResults.NotFound() : TypedResults.Ok(criterion);
    }

    private static async Task<Results<Ok<CriterionResponse>, NotFound, ValidationProblem>> ClassifyAsync(
        long criterionId, ComponentInput input, OpenSpiralDbContext db, CriterionService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var criterion = await db.Criteria.FirstOrDefaultAsync(c => c.Id == criterionId, cancellationToken);
        if (criterion is null)
        {
            return TypedResults.NotFound();
        }

        if (input.SuggestionRank is not (null or (>= 1 and <= 3)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["suggestionRank"] = [l["A suggestion's rank is 1, 2 or 3."]] });
        }

        Grid.Component? component = null;
        if (!string.IsNullOrWhiteSpace(input.Component))
        {
            component = await service.FindCurrentComponentAsync(input.Component, cancellationToken);
            if (component is null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["component"] = [l["{0} is not a component of the current grid.", input.Component.Trim()]] });
            }
        }

        var method = input.SuggestionRank is null ? ClassificationMethod.Manual : ClassificationMethod.Suggestion;
        await service.ClassifyAsync([criterion], component, user.GetUserId(), method, input.SuggestionRank, cancellationToken);
        return TypedResults.Ok(await db.Criteria.AsNoTracking().Where(c => c.Id == criterionId).Select(CriterionResponse.Projection).FirstAsync(cancellationToken));
    }
}
