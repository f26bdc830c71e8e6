using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Journey;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>The end-of-cycle decision on one action: continue, adjust, stop or replace (with the title of the new action).</summary>
public sealed record ReviewInput(int ActionId, ReviewDecision? Decision, string? Note, string? ReplacementTitle);

/// <summary>
/// Completes the end-of-cycle review of an adopted plan, all or nothing: the decisions on its actions,
/// stopped and replaced actions stopped, replacements created as new planned actions, the plan
/// reviewed, the territory moved to the first phase of its next cycle, and the next cycle's draft
/// plan opened with the continued, adjusted and replacement actions. The plan's version is checked
/// last, in the same transaction, so a concurrent change undoes everything.
/// </summary>
public sealed class PlanReview(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<PlanOutcome> CompleteAsync(int planId, IReadOnlyList<ReviewInput> decisions, int version, string? userId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.TerritoryId, p.Cycle, p.Status, p.Title, Actions = p.Actions.OrderBy(a => a.Position).ThenBy(a => a.ActionId).Select(a => a.ActionId).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return PlanOutcome.Missing;
        }

        var territory = await db.Territories.Where(t => t.Id == plan.TerritoryId).Select(t => new { t.Cycle }).FirstAsync(cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (plan.Status != PlanStatus.Adopted)
        {
            errors["status"] = [l["Only an adopted plan can be reviewed."]];
        }
        else if (plan.Cycle != territory.Cycle)
        {
            errors["status"] = [l["Only the plan of the territory's current cycle ({0}) can be reviewed.", territory.Cycle]];
        }

        for (var i = 0; i < plan.Actions.Count; i++)
        {
            var decision = decisions.FirstOrDefault(d => d.ActionId == plan.Actions[i]);
            if (decision?.Decision is null)
            {
                errors[$"decisions[{i}].decision"] = [l["Choose continue, adjust, stop or replace."]];
            }
            else if (decision.Decision == ReviewDecision.Replace && string.IsNullOrWhiteSpace(decision.ReplacementTitle))
            {
                errors[$"decisions[{i}].replacementTitle"] = [l["Give the title of the action that replaces it."]];
            }
            else if (decision.ReplacementTitle?.Trim().Length > TerritoryAction.MaxTitleLength)
            {
                errors[$"decisions[{i}].replacementTitle"] = [l["A title has at most {0} characters.", TerritoryAction.MaxTitleLength]];
            }

            if (decision?.Note?.Trim().Length > ActionReview.MaxNoteLength)
            {
                errors[$"decisions[{i}].note"] = [l["A note has at most {0} characters.", ActionReview.MaxNoteLength]];
            }
        }

        if (errors.Count > 0)
        {
            return PlanOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var next = plan.Cycle + 1;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var actions = await db.Actions.Where(a => plan.Actions.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var carried = new List<TerritoryAction>();
        foreach (var actionId in plan.Actions)
        {
            var decision = decisions.First(d => d.ActionId == actionId);
            var action = actions[actionId];
            var review = new ActionReview { PlanId = planId, ActionId = actionId, Decision = decision.Decision!.Value, Note = string.IsNullOrWhiteSpace(decision.Note) ? null : decision.Note.Trim() };
            switch (decision.Decision)
            {
                case ReviewDecision.Continue or ReviewDecision.Adjust:
                    carried.Add(action);
                    break;
                case ReviewDecision.Stop:
                    Stop(action, now);
                    break;
                case ReviewDecision.Replace:
                    var replacement = new TerritoryAction
                    {
                        TerritoryId = plan.TerritoryId,
                        Title = decision.ReplacementTitle!.Trim(),
                        Cycle = next,
                        ReplacesId = actionId,
                        CreatedAt = now,
                        UpdatedAt = now,
                    };
                    db.Actions.Add(replacement);
                    await db.SaveChangesAsync(cancellationToken);
                    review.ReplacementActionId = replacement.Id;
                    carried.Add(replacement);

                    // A replaced action that is not finished stops; one already done stays done.
                    if (action.Status != ActionStatus.Done)
                    {
                        Stop(action, now);
                    }

                    break;
            }

            db.ActionReviews.Add(review);
        }

        db.Plans.Add(new ActionPlan
        {
            TerritoryId = plan.TerritoryId,
            Cycle = next,
            Title = l["Action plan, cycle {0}", next],
            CreatedAt = now,
            UpdatedAt = now,
            Actions = [.. carried.Select((a, i) => new PlanAction { Action = a, Position = i })],
        });
        db.TerritoryPhaseChanges.Add(new TerritoryPhaseChange { TerritoryId = plan.TerritoryId, Cycle = next, Phase = CyclePhase.OrganiseAndMobilise, EnteredOn = today, ChangedById = userId });
        await db.SaveChangesAsync(cancellationToken);
        await db.Territories.Where(t => t.Id == plan.TerritoryId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Cycle, next).SetProperty(t => t.Phase, CyclePhase.OrganiseAndMobilise), cancellationToken);

        // Last, so that a plan changed or reviewed meanwhile undoes all of the above.
        var taken = await db.Plans.Where(p => p.Id == planId && p.Version == version && p.Status == PlanStatus.Adopted).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.Status, PlanStatus.Reviewed)
            .SetProperty(p => p.ReviewedOn, today)
            .SetProperty(p => p.Version, version + 1)
            .SetProperty(p => p.UpdatedAt, now), cancellationToken);
        if (taken == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return PlanOutcome.StaleAt(await db.Plans.Where(p => p.Id == planId).Select(p => p.Version).FirstAsync(cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return PlanOutcome.Done(await db.Plans.Where(p => p.TerritoryId == plan.TerritoryId && p.Cycle == next).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync(cancellationToken));
    }

    private static void Stop(TerritoryAction action, DateTime now)
    {
        action.Status = ActionStatus.Stopped;
        action.Version++;
        action.UpdatedAt = now;
    }
}
