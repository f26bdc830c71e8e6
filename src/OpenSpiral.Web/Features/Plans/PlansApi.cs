using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Plans;

public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder routes)
    {
        var territoryPlans = routes.MapGroup("/territories/{territoryId:int}/plans").WithTags("Plans").RequireAuthorization(Policies.TerritoryWork);
        territoryPlans.MapGet("/", ListAsync).WithSummary("The territory's action plans, latest cycle first, paginated: actions (actionIds, in order), priorities, and commitments by how they stand today (open on time, kept, late, broken).");

        var plans = routes.MapGroup("/plans/{planId:int}").WithTags("Plans").RequireAuthorization(Policies.TerritoryWork);
        plans.MapGet("/", GetAsync).WithSummary("One action plan with its actions, priorities and commitments summary.");

        var actionCommitments = routes.MapGroup("/actions/{actionId:int}/commitments").WithTags("Commitments").RequireAuthorization(Policies.TerritoryWork);
        actionCommitments.MapGet("/", ListCommitmentsAsync).WithSummary("The commitments on an action by due date, paginated; overdue: open and due before today.");
        actionCommitments.MapPost("/", CreateCommitmentAsync).WithSummary("Creates a commitment: stakeholder and description (required), means, dueDate, status (open when absent), planId (a plan holding the action), memberId (a coordination group seat). overdue is computed: sent, it is ignored.");

        var commitments = routes.MapGroup("/commitments/{commitmentId:int}").WithTags("Commitments").RequireAuthorization(Policies.TerritoryWork);
        commitments.MapGet("/", GetCommitmentAsync).WithSummary("One commitment.");
        commitments.MapPut("/", UpdateCommitmentAsync).WithSummary("Replaces a commitment; send the version you read (a stale one answers 409). A status change is written in the follow-up, with note and evidenceUrl when given; status absent keeps it.");
        commitments.MapDelete("/", DeleteCommitmentAsync).WithSummary("Deletes a commitment and its follow-up.");
        commitments.MapGet("/updates", ListUpdatesAsync).WithSummary("The follow-up of a commitment, newest first, paginated.");
        commitments.MapPost("/updates", AddUpdateAsync).WithSummary("Adds a follow-up note (required) with an evidence link (http or https) and sets the status it gives (the current one when absent).");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<PlanResponse>>, NotFound, ValidationProblem>> ListAsync(
        int territoryId, OpenSpiralDbContext db, PlanService service, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await service.PageAsync(territoryId, paging, cancellationToken));
    }

    private static async Task<Results<Ok<PlanResponse>, NotFound>> GetAsync(int planId, PlanService service, CancellationToken cancellationToken) =>
        await service.FindAsync(planId, cancellationToken) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound();

    private static async Task<Results<Ok<PagedList<CommitmentResponse>>, NotFound, ValidationProblem>> ListCommitmentsAsync(
        int actionId, OpenSpiralDbContext db, CommitmentService service, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        if (!await db.Actions.AnyAsync(a => a.Id == actionId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await service.PageForActionAsync(actionId, paging, cancellationToken));
    }

    private static async Task<Results<Created<CommitmentResponse>, NotFound, ValidationProblem>> CreateCommitmentAsync(
        int actionId, CommitmentInput input, CommitmentService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var outcome = await service.CreateAsync(actionId, input, user.GetUserId(), cancellationToken);
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        var response = (await service.FindAsync(outcome.Id!.Value, cancellationToken))!;
        return TypedResults.Created($"/api/v1/commitments/{response.Id}", response);
    }

    private static async Task<Results<Ok<CommitmentResponse>, NotFound>> GetCommitmentAsync(int commitmentId, CommitmentService service, CancellationToken cancellationToken) =>
        await service.FindAsync(commitmentId, cancellationToken) is { } commitment ? TypedResults.Ok(commitment) : TypedResults.NotFound();

    private static async Task<Results<Ok<CommitmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateCommitmentAsync(
        int commitmentId, CommitmentInput input, CommitmentService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.UpdateAsync(commitmentId, input, user.GetUserId(), cancellationToken);
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        if (outcome.Stale)
        {
            return Conflict(outcome.CurrentVersion!.Value, l);
        }

        return TypedResults.Ok((await service.FindAsync(commitmentId, cancellationToken))!);
    }

    private static async Task<Results<NoContent, NotFound>> DeleteCommitmentAsync(int commitmentId, CommitmentService service, CancellationToken cancellationToken) =>
        await service.DeleteAsync(commitmentId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<PagedList<CommitmentUpdateResponse>>, ValidationProblem>> ListUpdatesAsync(
        int commitmentId, CommitmentService service, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var history = await service.HistoryAsync(commitmentId, cancellationToken);
        var skip = (long)(paging.Page - 1) * paging.PageSize;
        return TypedResults.Ok(new PagedList<CommitmentUpdateResponse>(
            skip >= history.Count ? [] : [.. history.Skip((int)skip).Take(paging.PageSize)], paging.Page, paging.PageSize, history.Count));
    }

    private static async Task<Results<Created<CommitmentUpdateResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AddUpdateAsync(
        int commitmentId, CommitmentUpdateInput input, CommitmentService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.AddUpdateAsync(commitmentId, input, null, user.GetUserId(), cancellationToken);
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        if (outcome.Stale)
        {
            return Conflict(outcome.CurrentVersion!.Value, l);
        }

        var update = (await service.HistoryAsync(commitmentId, cancellationToken)).First(u => u.Id == outcome.Id);
        return TypedResults.Created($"/api/v1/commitments/{commitmentId}/updates", update);
    }

    private static ProblemHttpResult Conflict(int currentVersion, IStringLocalizer<SharedResource> l) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: l["Conflict"],
        detail: l["Someone changed this commitment since you read it (it is at version {0} now): read it again and redo your change.", currentVersion],
        extensions: new Dictionary<string, object?> { ["currentVersion"] = currentVersion });
}
