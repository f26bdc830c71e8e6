using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Alerts;

public static class AlertsApi
{
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder routes)
    {
        var territoryAlerts = routes.MapGroup("/territories/{territoryId:int}/alerts").WithTags("Alerts").RequireAuthorization(Policies.TerritoryWork);
        territoryAlerts.MapGet("/", ListAsync).WithSummary("The territory's alerts, unresolved first, paginated; filter: status (open, inProgress or resolved).");
        territoryAlerts.MapPost("/", RaiseAsync).WithSummary("Raises an alert: title, description, optionally the action concerned (actionId, an action of the same territory). The coordination group is notified.");

        var alerts = routes.MapGroup("/alerts/{alertId:int}").WithTags("Alerts").RequireAuthorization(Policies.TerritoryWork);
        alerts.MapGet("/", GetAsync).WithSummary("One alert.");
        alerts.MapPut("/", UpdateAsync).WithSummary("Replaces an alert's title, description, action and status (open, inProgress, resolved: a resolution is required to resolve; reopening is allowed); send the version you read (a stale one answers 409).");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<AlertResponse>>, NotFound, ValidationProblem>> ListAsync(
        int territoryId, string? status, OpenSpiralDbContext db, AlertService service, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        var statusFilter = EnumNames.Parse<AlertStatus>(status);
        if (!string.IsNullOrWhiteSpace(status) && statusFilter is null)
        {
            errors["status"] = [l["{0} is not a status: use open, inProgress or resolved.", status]];
        }

        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await service.PageAsync(territoryId, statusFilter, paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<Created<AlertResponse>, NotFound, ValidationProblem>> RaiseAsync(
        int territoryId, AlertInput input, OpenSpiralDbContext db, AlertService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var outcome = await service.RaiseAsync(territoryId, input, user.GetUserId(), cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        var response = (await service.FindAsync(outcome.Id!.Value, cancellationToken))!;
        return TypedResults.Created($"/api/v1/alerts/{response.Id}", response);
    }

    private static async Task<Results<Ok<AlertResponse>, NotFound>> GetAsync(int alertId, AlertService service, CancellationToken cancellationToken) =>
        await service.FindAsync(alertId, cancellationToken) is { } alert ? TypedResults.Ok(alert) : TypedResults.NotFound();

    private static async Task<Results<Ok<AlertResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int alertId, AlertInput input, AlertService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.UpdateAsync(alertId, input, user.GetUserId(), cancellationToken);
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
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: l["Conflict"],
                detail: l["Someone changed this alert since you read it: read it again and redo your change."],
                extensions: new Dictionary<string, object?> { ["currentVersion"] = outcome.CurrentVersion });
        }

        return TypedResults.Ok((await service.FindAsync(alertId, cancellationToken))!);
    }
}
