using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Network.Membership;

public static class MembershipApi
{
    public static IEndpointRouteBuilder MapMembershipApi(this IEndpointRouteBuilder routes)
    {
        var territory = routes.MapGroup("/territories/{territoryId:int}/membership-applications").WithTags("Network").RequireAuthorization(Policies.TerritoryManage);
        territory.MapGet("/", ListForTerritoryAsync).WithSummary("The territory's applications to the network, newest first, with their decisions (its coordinators and the administrators).");
        territory.MapPost("/", ApplyAsync).WithSummary("Applies to the network: requested (sympathiser or member) and motivation. One pending application at a time: another answers 409.");
        territory.MapPost("/{applicationId:int}/withdraw", WithdrawAsync).WithSummary("Withdraws the territory's pending application.");

        // applicationId names no territory: these routes are the administrators' only, by their own policy.
        var decisions = routes.MapGroup("/membership-applications").WithTags("Network").RequireAuthorization(Policies.Administrator);
        decisions.MapGet("/", ListPendingAsync).WithSummary("The applications waiting for a decision, oldest first (administrators).");
        decisions.MapPost("/{applicationId:int}/approve", ApproveAsync).WithSummary("Approves an application: the territory becomes what it asked for and its charter date is today; its coordinators are told. Optional reason.");
        decisions.MapPost("/{applicationId:int}/refuse", RefuseAsync).WithSummary("Refuses an application with a reason (required); its coordinators are told.");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<MembershipApplicationResponse>>, NotFound, ValidationProblem>> ListForTerritoryAsync(
        int territoryId, OpenSpiralDbContext db, MembershipService service, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await service.ListForTerritoryAsync(territoryId, paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<Ok<PagedList<MembershipApplicationResponse>>, ValidationProblem>> ListPendingAsync(
        MembershipService service, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await service.ListPendingAsync(paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<Created<MembershipApplicationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        int territoryId, MembershipApplicationInput input, MembershipService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.ApplyAsync(territoryId, user.GetUserId()!, input, cancellationToken);
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        return outcome.Conflict is { } conflict ? Conflict(conflict, l) : TypedResults.Created((string?)null, outcome.Application!);
    }

    private static async Task<Results<Ok<MembershipApplicationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> WithdrawAsync(
        int territoryId, int applicationId, MembershipService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.WithdrawAsync(territoryId, applicationId, cancellationToken);
        return Answer(outcome, l);
    }

    private static Task<Results<Ok<MembershipApplicationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ApproveAsync(
        int applicationId, MembershipDecisionInput? input, MembershipService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        DecideAsync(applicationId, approve: true, input, service, user, l, cancellationToken);

    private static Task<Results<Ok<MembershipApplicationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> RefuseAsync(
        int applicationId, MembershipDecisionInput? input, MembershipService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        DecideAsync(applicationId, approve: false, input, service, user, l, cancellationToken);

    private static async Task<Results<Ok<MembershipApplicationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> DecideAsync(
        int applicationId, bool approve, MembershipDecisionInput? input, MembershipService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.DecideAsync(applicationId, approve, input?.Reason, user.GetUserId()!, cancellationToken);
        return Answer(outcome, l);
    }

    private static Results<Ok<MembershipApplicationResponse>, NotFound, ValidationProblem, ProblemHttpResult> Answer(MembershipOutcome outcome, IStringLocalizer<SharedResource> l)
    {
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        return outcome.Conflict is { } conflict ? Conflict(conflict, l) : TypedResults.Ok(outcome.Application!);
    }

    private static ProblemHttpResult Conflict(string detail, IStringLocalizer<SharedResource> l) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: l["Conflict"], detail: detail);
}
