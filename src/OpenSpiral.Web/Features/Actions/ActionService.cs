using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Grid;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Actions;

/// <summary>
/// Writes a territory's actions for the pages and the API alike. Every update is checked against the
/// version the writer read (a stale one changes nothing) and bumps it; each write is all or nothing.
/// </summary>
public sealed class ActionService(OpenSpiralDbContext db, CriterionService criteria, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>The most carriers, and the most partners, an action lists.</summary>
    public const int MaxStakeholders = 30;

    public async Task<ActionOutcome> CreateAsync(int territoryId, ActionInput input, CancellationToken cancellationToken)
    {
        var (errors, components, status) = await CheckAsync(territoryId, input, update: false, cancellationToken);
        if (errors.Count > 0)
        {
            return ActionOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var cycle = await db.Territories.Where(t => t.Id == territoryId).Select(t => t.Cycle).FirstAsync(cancellationToken);
        var action = new TerritoryAction { TerritoryId = territoryId, Title = "", Cycle = cycle, CreatedAt = now };
        Apply(action, input, components, status, now);
        db.Actions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return ActionOutcome.Done(action.Id);
    }

    /// <summary>Replaces the whole action, on the version the writer read.</summary>
    public async Task<ActionOutcome> UpdateAsync(int actionId, ActionInput input, CancellationToken cancellationToken)
    {
        var territoryId = await db.Actions.Where(a => a.Id == actionId).Select(a => (int?)a.TerritoryId).FirstOrDefaultAsync(cancellationToken);
        if (territoryId is null)
        {
            return ActionOutcome.Missing;
        }

        var (errors, components, status) = await CheckAsync(territoryId.Value, input, update: true, cancellationToken);
        if (errors.Count > 0)
        {
            return ActionOutcome.Invalid(errors);
        }

        var version = input.Version!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The version moves first, in one statement: of two writers on the same version, one only goes on.
        var claimed = await db.Actions.Where(a => a.Id == actionId && a.Version == version)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Version, version + 1), cancellationToken);
        if (claimed == 0)
        {
            var current = await db.Actions.Where(a => a.Id == actionId).Select(a => (int?)a.Version).FirstOrDefaultAsync(cancellationToken);
            return current is null ? ActionOutcome.Missing : ActionOutcome.StaleAt(current.Value);
        }

        var action = await db.Actions.Include(a => a.Components).Include(a => a.Indicators).Include(a => a.Stakeholders)
            .FirstAsync(a => a.Id == actionId, cancellationToken);
        Apply(action, input, components, status, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ActionOutcome.Done(actionId);
    }

    /// <summary>What goes with an action when it is deleted, and the round tables that stop its deletion.</summary>
    public async Task<ActionImpact?> ImpactAsync(int actionId, CancellationToken cancellationToken) =>
        await db.Actions.AsNoTracking().Where(a => a.Id == actionId).Select(a => new ActionImpact(
            db.RoundTables.Count(r => r.ActionId == a.Id),
            db.Commitments.Count(c => c.ActionId == a.Id),
            db.LadderRatings.Count(r => r.ActionId == a.Id),
            db.PlanActions.Count(p => p.ActionId == a.Id),
            db.ActionResourceUses.Count(u => u.ActionId == a.Id),
            a.Documents.Count)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Deletes the action with its commitments, ratings, documents and uses of resources; refused while a round table evaluates it.</summary>
    public async Task<ActionOutcome> DeleteAsync(int actionId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var impact = await ImpactAsync(actionId, cancellationToken);
        if (impact is null)
        {
            return ActionOutcome.Missing;
        }

        if (impact.RoundTables > 0)
        {
            return ActionOutcome.Refused(RoundTableRefusal(impact.RoundTables));
        }

        try
        {
            await db.Actions.Where(a => a.Id == actionId).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or DbUpdateException)
        {
            // A round table recorded meanwhile: its foreign key refuses the deletion.
            return ActionOutcome.Refused(RoundTableRefusal(1));
        }

        return ActionOutcome.Done(actionId);
    }

    public string RoundTableRefusal(int count) =>
        l.Plural(count,
            l["A round table evaluates this action: delete it, or make it evaluate the territory's situation, before deleting the action."],
            l["{0} round tables evaluate this action: delete them, or make them evaluate the territory's situation, before deleting the action.", count]).Value;

    private static void Apply(TerritoryAction action, ActionInput input, List<Component> components, ActionStatus status, DateTime now)
    {
        action.Title = input.Title!.Trim();
        action.Description = input.Description?.Trim() ?? "";
        action.Aim = input.Aim?.Trim() ?? "";
        action.TargetGroups = input.TargetGroups?.Trim() ?? "";
        action.Status = status;
        action.IsPilot = input.Pilot ?? false;
        action.IsPublished = input.Published ?? false;
        action.StartsOn = input.StartsOn;
        action.EndsOn = input.EndsOn;
        action.UpdatedAt = now;
        var wanted = components.Select(c => c.Id).ToHashSet();
        action.Components.RemoveAll(c => !wanted.Contains(c.ComponentId));
        action.Components.AddRange(components.Where(c => action.Components.All(k => k.ComponentId != c.Id)).Select(c => new ActionComponent { ComponentId = c.Id }));
        var indicators = (input.IndicatorIds ?? []).ToHashSet();
        action.Indicators.RemoveAll(i => !indicators.Contains(i.IndicatorId));
        action.Indicators.AddRange(indicators.Where(id => action.Indicators.All(i => i.IndicatorId != id)).Select(id => new ActionIndicator { IndicatorId = id }));
        action.Stakeholders.Clear();
        action.Stakeholders.AddRange(Stakeholders(input.Carriers, StakeholderRole.Carrier).Concat(Stakeholders(input.Partners, StakeholderRole.Partner)));
    }

    private static IEnumerable<ActionStakeholder> Stakeholders(List<StakeholderInput>? list, StakeholderRole role) =>
        (list ?? []).Select(s => new ActionStakeholder { Name = s.Name!.Trim(), MemberId = s.MemberId, Role = role });

    private async Task<(Dictionary<string, string[]> Errors, List<Component> Components, ActionStatus Status)> CheckAsync(
        int territoryId, ActionInput input, bool update, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (update && input.Version is null)
        {
            errors["version"] = [l["Send the version you read, so that a newer change is not overwritten."]];
        }

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors["title"] = [l["Give the action a title."]];
        }
        else if (input.Title.Trim().Length > TerritoryAction.MaxTitleLength)
        {
            errors["title"] = [l["A title has at most {0} characters.", TerritoryAction.MaxTitleLength]];
        }

        CheckLength(input.Description, TerritoryAction.MaxDescriptionLength, "description", errors);
        CheckLength(input.Aim, TerritoryAction.MaxAimLength, "aim", errors);
        CheckLength(input.TargetGroups, TerritoryAction.MaxTargetGroupsLength, "targetGroups", errors);

        var status = ActionStatus.Planned;
        if (!string.IsNullOrWhiteSpace(input.Status))
        {
            if (EnumNames.Parse<ActionStatus>(input.Status) is { } parsed)
            {
                status = parsed;
            }
            else
            {
                errors["status"] = [l["{0} is not a status: use planned, running, done or stopped.", input.Status.Trim()]];
            }
        }

        if (input.StartsOn is { } starts && input.EndsOn is { } ends && ends < starts)
        {
            errors["endsOn"] = [l["The action cannot end before it starts."]];
        }

        var components = new List<Component>();
        var codes = (input.Components ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        if (codes.Count > 0)
        {
            var found = await criteria.FindCurrentComponentsAsync(codes, cancellationToken);
            var unknown = codes.Where(c => !found.ContainsKey(c)).ToList();
            if (unknown.Count > 0)
            {
                errors["components"] = [.. unknown.Select(c => l["{0} is not a component of the current grid.", c].Value)];
            }

            components = [.. codes.Where(found.ContainsKey).Select(c => found[c])];
        }

        var indicatorIds = (input.IndicatorIds ?? []).Distinct().ToList();
        if (indicatorIds.Count > 0)
        {
            var ours = await db.Indicators.Where(i => i.TerritoryId == territoryId && indicatorIds.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken);
            var foreign = indicatorIds.Except(ours).ToList();
            if (foreign.Count > 0)
            {
                errors["indicatorIds"] = [.. foreign.Select(id => l["{0} is not an indicator of the territory.", id].Value)];
            }
        }

        await CheckStakeholdersAsync(territoryId, input.Carriers, "carriers", errors, cancellationToken);
        await CheckStakeholdersAsync(territoryId, input.Partners, "partners", errors, cancellationToken);
        return (errors, components, status);
    }

    private async Task CheckStakeholdersAsync(int territoryId, List<StakeholderInput>? list, string field, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (list is null || list.Count == 0)
        {
            return;
        }

        if (list.Count > MaxStakeholders)
        {
            errors[field] = [l["At most {0} carriers and {0} partners per action.", MaxStakeholders]];
            return;
        }

        var seats = list.Where(s => s?.MemberId is not null).Select(s => s.MemberId!.Value).Distinct().ToList();
        var ours = seats.Count == 0 ? [] : await db.TerritoryMembers.Where(m => m.TerritoryId == territoryId && seats.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < list.Count; i++)
        {
            var name = list[i]?.Name?.Trim() ?? "";
            if (name.Length == 0)
            {
                errors[$"{field}[{i}].name"] = [l["Give each carrier and partner a name."]];
            }
            else if (name.Length > ActionStakeholder.MaxNameLength)
            {
                errors[$"{field}[{i}].name"] = [l["A name has at most {0} characters.", ActionStakeholder.MaxNameLength]];
            }

            if (list[i]?.MemberId is { } memberId && !ours.Contains(memberId))
            {
                errors[$"{field}[{i}].memberId"] = [l["{0} is not a seat of the territory's coordination group.", memberId]];
            }
        }
    }

    private void CheckLength(string? value, int max, string field, Dictionary<string, string[]> errors)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors[field] = [l["This text has at most {0} characters.", max]];
        }
    }
}

/// <summary>What an action's deletion takes with it (and the round tables that stop it).</summary>
public sealed record ActionImpact(int RoundTables, int Commitments, int Ratings, int Plans, int ResourcesUsed, int Documents);
