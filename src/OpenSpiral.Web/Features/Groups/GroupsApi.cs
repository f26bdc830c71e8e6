using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Feedback;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Groups;

public static class GroupsApi
{
    public static IEndpointRouteBuilder MapGroupsApi(this IEndpointRouteBuilder routes)
    {
        var territoryGroups = routes.MapGroup("/territories/{territoryId:int}/groups").WithTags("Groups").RequireAuthorization(Policies.TerritoryWork);
        territoryGroups.MapGet("/", ListAsync).WithSummary("The territory's homogeneous groups (its coordination group only).");
        territoryGroups.MapPost("/", CreateAsync).WithSummary("Creates a homogeneous group.");

        var groups = routes.MapGroup("/groups/{groupId:int}").WithTags("Groups").RequireAuthorization(Policies.TerritoryWork);
        groups.MapGet("/", GetAsync).WithSummary("One homogeneous group, with the address of its public page (feedbackUrl).");
        groups.MapPut("/", UpdateAsync).WithSummary("Replaces a homogeneous group's details.");
        groups.MapDelete("/", DeleteAsync).WithSummary("Deletes a homogeneous group and its criteria.");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<GroupResponse>>, NotFound, ValidationProblem>> ListAsync(
        int territoryId, HttpRequest request, OpenSpiralDbContext db, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var groups = await db.Groups.AsNoTracking().Where(g => g.TerritoryId == territoryId).OrderBy(g => g.Name).ThenBy(g => g.Id)
            .ToPagedListAsync(GroupResponse.Projection, paging, cancellationToken);
        var origin = FeedbackLinks.Origin(request);
        return TypedResults.Ok(groups with { Items = [.. groups.Items.Select(g => g.WithOrigin(origin))] });
    }

    private static async Task<Results<Created<GroupResponse>, NotFound, ValidationProblem>> CreateAsync(
        int territoryId, GroupInput input, HttpRequest request, OpenSpiralDbContext db, GroupService service, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.AsNoTracking().Where(t => t.Id == territoryId)
            .Select(t => new { t.Id, t.Languages }).FirstOrDefaultAsync(cancellationToken);
        if (territory is null)
        {
            return TypedResults.NotFound();
        }

        var errors = await service.ValidateAsync(territoryId, input, null, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var group = await service.CreateAsync(territoryId, territory.Languages.FirstOrDefault() ?? "en", input, cancellationToken);
        var response = await db.Groups.AsNoTracking().Where(g => g.Id == group.Id).Select(GroupResponse.Projection).FirstAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/groups/{group.Id}", response.WithOrigin(FeedbackLinks.Origin(request)));
    }

    private static async Task<Results<Ok<GroupResponse>, NotFound>> GetAsync(int groupId, HttpRequest request, OpenSpiralDbContext db, CancellationToken cancellationToken)
    {
        var group = await db.Groups.AsNoTracking().Where(g => g.Id == groupId).Select(GroupResponse.Projection).FirstOrDefaultAsync(cancellationToken);
        if (group is null)
        {
            return TypedResults.NotFound();
        }

        // Groups made before feedback codes existed get theirs on first request.
        if (group.FeedbackUrl is null && await FeedbackLinks.EnsureCodeAsync(db, groupId, cancellationToken) is { } code)
        {
            group = group with { FeedbackUrl = FeedbackLinks.Path(code) };
        }

        return TypedResults.Ok(group.WithOrigin(FeedbackLinks.Origin(request)));
    }

    private static async Task<Results<Ok<GroupResponse>, NotFound, ValidationProblem>> UpdateAsync(
        int groupId, GroupInput input, HttpRequest request, OpenSpiralDbContext db, GroupService service, CancellationToken cancellationToken)
    {
        var group = await service.FindAsync(groupId, cancellationToken);
        if (group is null)
        {
            return TypedResults.NotFound();
        }

        var errors = await service.ValidateAsync(group.TerritoryId, input, group.Id, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await service.UpdateAsync(group, input, cancellationToken);
        var response = await db.Groups.AsNoTracking().Where(g => g.Id == groupId).Select(GroupResponse.Projection).FirstAsync(cancellationToken);
        return TypedResults.Ok(response.WithOrigin(FeedbackLinks.Origin(request)));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int groupId, GroupService service, CancellationToken cancellationToken) =>
        await service.DeleteAsync(groupId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
