using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>The ids of kiosk entries to approve or reject together.</summary>
public sealed record KioskDecision([property: Required, MinLength(1), MaxLength(BulkEdit.MaxLines)] List<long> Ids);

public sealed record KioskDecisionResult(int Decided);

public static class KioskApi
{
    public static IEndpointRouteBuilder MapKioskApi(this IEndpointRouteBuilder routes)
    {
        var kiosk = routes.MapGroup("/territories/{territoryId:int}/kiosk").WithTags("Kiosk").RequireAuthorization(Policies.TerritoryWork);
        kiosk.MapGet("/pending", ListPendingAsync).WithSummary("Kiosk entries waiting for approval (the territory's coordinators and facilitators only).");
        kiosk.MapPost("/pending/approve", (int territoryId, KioskDecision decision, KioskApprovals approvals, ClaimsPrincipal user, OpenSpiralDbContext db, CancellationToken cancellationToken) =>
            DecideAsync(territoryId, decision, approve: true, approvals, user, db, cancellationToken))
            .WithSummary("Approves kiosk entries: they then count as the group's criteria. Answers how many were approved.");
        kiosk.MapPost("/pending/reject", (int territoryId, KioskDecision decision, KioskApprovals approvals, ClaimsPrincipal user, OpenSpiralDbContext db, CancellationToken cancellationToken) =>
            DecideAsync(territoryId, decision, approve: false, approvals, user, db, cancellationToken))
            .WithSummary("Rejects kiosk entries. Answers how many were rejected.");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<PendingEntry>>, NotFound, ValidationProblem>> ListPendingAsync(
        int territoryId, KioskApprovals approvals, OpenSpiralDbContext db, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken, int? campaignId = null)
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

        return TypedResults.Ok(await approvals.Pending(territoryId, campaignId).ToPagedListAsync(paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<Ok<KioskDecisionResult>, NotFound>> DecideAsync(
        int territoryId, KioskDecision decision, bool approve, KioskApprovals approvals, ClaimsPrincipal user, OpenSpiralDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var count = await approvals.DecideAsync(territoryId, decision.Ids.Distinct().ToList(), approve, null, user.GetUserId(), cancellationToken);
        return TypedResults.Ok(new KioskDecisionResult(count));
    }
}
