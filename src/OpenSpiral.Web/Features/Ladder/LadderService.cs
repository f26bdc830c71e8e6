using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Ladder;

/// <summary>What a rating attempt gave: the new rating's id, or the errors by JSON field name.</summary>
public sealed record LadderOutcome(int? Id, Dictionary<string, string[]> Errors);

/// <summary>Rates a territory's actions and plans on the co-responsibility ladder; the pages and the API share it.</summary>
public sealed class LadderService(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>Rung 7 needs every facet at this level or above: co-governance, co-production and co-management together.</summary>
    public const int FullCoResponsibilityFacetMinimum = 6;

    public static readonly System.Linq.Expressions.Expression<Func<LadderRating, LadderRatingResponse>> Projection = r =>
        new LadderRatingResponse(r.Id, r.ActionId, r.PlanId, r.Rung, r.CoGovernance, r.CoProduction, r.CoManagement, r.Justification, r.RatedOn, r.Cycle);

    /// <summary>The territory's ratings, newest first (by day, then by the order they were recorded), optionally of one action or plan.</summary>
    public IQueryable<LadderRating> History(int territoryId, int? actionId = null, int? planId = null) =>
        db.LadderRatings.AsNoTracking()
            .Where(r => r.TerritoryId == territoryId && (actionId == null || r.ActionId == actionId) && (planId == null || r.PlanId == planId))
            .OrderByDescending(r => r.RatedOn).ThenByDescending(r => r.Id);

    public Task<PagedList<LadderRatingResponse>> PageAsync(int territoryId, int? actionId, int? planId, PageQuery paging, CancellationToken cancellationToken) =>
        History(territoryId, actionId, planId).ToPagedListAsync(Projection, paging, cancellationToken);

    /// <summary>The territory's day: ratings are dated in it (UTC, as every date of the site).</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<LadderOutcome> RateAsync(int territoryId, LadderRatingInput input, string? userId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var territoryCycle = await db.Territories.Where(t => t.Id == territoryId).Select(t => t.Cycle).FirstAsync(cancellationToken);
        if ((input.ActionId is null) == (input.PlanId is null))
        {
            errors["actionId"] = [l["Rate either an action or a plan of the territory."]];
        }
        else if (input.ActionId is { } actionId && !await db.Actions.AnyAsync(a => a.Id == actionId && a.TerritoryId == territoryId, cancellationToken))
        {
            errors["actionId"] = [l["This action is not one of the territory's."]];
        }
        else if (input.PlanId is { } planId && !await db.Plans.AnyAsync(p => p.Id == planId && p.TerritoryId == territoryId, cancellationToken))
        {
            errors["planId"] = [l["This plan is not one of the territory's."]];
        }

        CheckScale(errors, "rung", input.Rung, l["Choose a rung from 0 to 7."]);
        CheckScale(errors, "coGovernance", input.CoGovernance, l["Give co-governance a level from 0 to 7."]);
        CheckScale(errors, "coProduction", input.CoProduction, l["Give co-production a level from 0 to 7."]);
        CheckScale(errors, "coManagement", input.CoManagement, l["Give co-management a level from 0 to 7."]);
        if (input.Rung == LadderRating.MaxRung && !errors.ContainsKey("rung")
            && new[] { input.CoGovernance, input.CoProduction, input.CoManagement }.Any(f => f is null or < FullCoResponsibilityFacetMinimum))
        {
            errors["rung"] = [l["Rung 7, full co-responsibility, needs co-governance, co-production and co-management all at {0} or more.", FullCoResponsibilityFacetMinimum]];
        }

        var justification = input.Justification?.Trim() ?? "";
        if (justification.Length == 0)
        {
            errors["justification"] = [l["Say why the action or plan stands on this rung."]];
        }
        else if (justification.Length > LadderRating.MaxJustificationLength)
        {
            errors["justification"] = [l["A justification has at most {0} characters.", LadderRating.MaxJustificationLength]];
        }

        var today = Today;
        if (input.RatedOn is { } ratedOn && ratedOn > today)
        {
            errors["ratedOn"] = [l["A rating cannot be dated in the future."]];
        }

        if (input.Cycle is { } cycle && (cycle < 1 || cycle > territoryCycle))
        {
            errors["cycle"] = [l["Choose a cycle from 1 to {0}, the territory's current cycle.", territoryCycle]];
        }

        if (errors.Count > 0)
        {
            return new LadderOutcome(null, errors);
        }

        var rating = new LadderRating
        {
            TerritoryId = territoryId,
            ActionId = input.ActionId,
            PlanId = input.PlanId,
            Rung = input.Rung!.Value,
            CoGovernance = input.CoGovernance!.Value,
            CoProduction = input.CoProduction!.Value,
            CoManagement = input.CoManagement!.Value,
            Justification = justification,
            RatedOn = input.RatedOn ?? today,
            Cycle = input.Cycle ?? territoryCycle,
            RatedById = userId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.LadderRatings.Add(rating);
        await db.SaveChangesAsync(cancellationToken);
        return new LadderOutcome(rating.Id, errors);
    }

    /// <summary>Deletes a mistaken rating; false when there is none of that id in the territory.</summary>
    public async Task<bool> DeleteAsync(int territoryId, int ratingId, CancellationToken cancellationToken) =>
        await db.LadderRatings.Where(r => r.Id == ratingId && r.TerritoryId == territoryId).ExecuteDeleteAsync(cancellationToken) > 0;

    private static void CheckScale(Dictionary<string, string[]> errors, string field, int? value, string message)
    {
        if (value is null or < LadderRating.MinRung or > LadderRating.MaxRung)
        {
            errors[field] = [message];
        }
    }
}
