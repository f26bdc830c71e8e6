using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>Reads and writes a territory's action plans, for the pages and the API alike.</summary>
public sealed class PlanService(OpenSpiralDbContext db, SynthesisService synthesis, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The territory's plans, latest cycle first, paged: three statements whatever the number of plans.</summary>
    public async Task<PagedList<PlanResponse>> PageAsync(int territoryId, PageQuery paging, CancellationToken cancellationToken)
    {
        var page = await db.Plans.AsNoTracking().Where(p => p.TerritoryId == territoryId)
            .OrderByDescending(p => p.Cycle).ThenByDescending(p => p.Id)
            .ToPagedListAsync(p => new PlanRow(p.Id, p.Title, p.Cycle, p.Status, p.AdoptedOn, p.ReviewedOn, p.Version), paging, cancellationToken);
        var responses = await CompleteAsync(page.Items, cancellationToken);
        return new PagedList<PlanResponse>(responses, page.Page, page.PageSize, page.Total);
    }

    public async Task<PlanResponse?> FindAsync(int planId, CancellationToken cancellationToken)
    {
        var row = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new PlanRow(p.Id, p.Title, p.Cycle, p.Status, p.AdoptedOn, p.ReviewedOn, p.Version)).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (await CompleteAsync([row], cancellationToken))[0];
    }

    /// <summary>How the commitments of each plan stand today, in one GROUP BY.</summary>
    public async Task<Dictionary<int, CommitmentSummary>> SummariesAsync(IReadOnlyList<int> planIds, CancellationToken cancellationToken)
    {
        var today = Today;
        var rows = await db.Commitments.AsNoTracking().Where(c => c.PlanId != null && planIds.Contains(c.PlanId.Value))
            .GroupBy(c => new { PlanId = c.PlanId!.Value, c.Status, Late = c.Status == CommitmentStatus.Open && c.DueDate != null && c.DueDate < today })
            .Select(g => new { g.Key.PlanId, g.Key.Status, g.Key.Late, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.PlanId).ToDictionary(g => g.Key, g => new CommitmentSummary(
            g.Where(r => r.Status == CommitmentStatus.Open && !r.Late).Sum(r => r.Count),
            g.Where(r => r.Status == CommitmentStatus.Kept).Sum(r => r.Count),
            g.Where(r => r.Late).Sum(r => r.Count),
            g.Where(r => r.Status == CommitmentStatus.Broken).Sum(r => r.Count)));
    }

    public async Task<PlanOutcome> CreateAsync(int territoryId, PlanInput input, CancellationToken cancellationToken)
    {
        var cycle = await db.Territories.Where(t => t.Id == territoryId).Select(t => (int?)t.Cycle).FirstOrDefaultAsync(cancellationToken);
        if (cycle is null)
        {
            return PlanOutcome.Missing;
        }

        var (errors, components) = await CheckAsync(territoryId, input, cancellationToken);
        if (errors.Count > 0)
        {
            return PlanOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var plan = new ActionPlan { TerritoryId = territoryId, Cycle = cycle.Value, Title = "", CreatedAt = now, UpdatedAt = now };
        Apply(plan, input, components);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return PlanOutcome.Done(plan.Id);
    }

    public async Task<PlanOutcome> UpdateAsync(int planId, PlanInput input, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Include(p => p.Actions).Include(p => p.Priorities).Include(p => p.Signatories)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return PlanOutcome.Missing;
        }

        var (errors, components) = await CheckAsync(plan.TerritoryId, input, cancellationToken);
        if (plan.Status == PlanStatus.Reviewed)
        {
            errors["status"] = [l["This plan is reviewed: it can no longer change."]];
        }

        if (errors.Count > 0)
        {
            return PlanOutcome.Invalid(errors);
        }

        var version = input.Version ?? plan.Version;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Plans.Where(p => p.Id == planId && p.Version == version).ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, version + 1), cancellationToken) == 0)
        {
            return PlanOutcome.StaleAt(await db.Plans.Where(p => p.Id == planId).Select(p => p.Version).FirstAsync(cancellationToken));
        }

        plan.Version = version + 1;
        plan.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        Apply(plan, input, components);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return PlanOutcome.Done(planId);
    }

    /// <summary>Deletes a plan with its priorities, signatories and reviews; its commitments stay on their actions.</summary>
    public async Task<bool> DeleteAsync(int planId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Commitments.Where(c => c.PlanId == planId).ExecuteUpdateAsync(s => s.SetProperty(c => c.PlanId, (int?)null), cancellationToken);
        var deleted = await db.Plans.Where(p => p.Id == planId).ExecuteDeleteAsync(cancellationToken) > 0;
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    private void Apply(ActionPlan plan, PlanInput input, IReadOnlyDictionary<string, int> components)
    {
        plan.Title = input.Title!.Trim();
        plan.Summary = input.Summary?.Trim() ?? "";
        if (input.Status == PlanStatus.Adopted && plan.Status != PlanStatus.Adopted)
        {
            plan.AdoptedOn = Today;
        }
        else if (input.Status == PlanStatus.Draft)
        {
            plan.AdoptedOn = null;
        }

        plan.Status = input.Status;
        var actionIds = input.ActionIds.Distinct().ToList();
        plan.Actions.RemoveAll(a => !actionIds.Contains(a.ActionId));
        for (var i = 0; i < actionIds.Count; i++)
        {
            var link = plan.Actions.FirstOrDefault(a => a.ActionId == actionIds[i]);
            if (link is null)
            {
                plan.Actions.Add(new PlanAction { ActionId = actionIds[i], Position = i });
            }
            else
            {
                link.Position = i;
            }
        }

        plan.Priorities.Clear();
        plan.Priorities.AddRange(input.Components.Select(c => c.Trim().ToUpperInvariant()).Distinct().Select(c => new PlanPriority { ComponentId = components[c] })
            .Concat(input.IndicatorIds.Distinct().Select(id => new PlanPriority { IndicatorId = id }))
            .Select((p, i) => { p.Position = i; return p; }));
        plan.Signatories.Clear();
        plan.Signatories.AddRange(input.Signatories.Where(s => !string.IsNullOrWhiteSpace(s.Organisation))
            .Select((s, i) => new PlanSignatory { Organisation = s.Organisation!.Trim(), SignsAs = string.IsNullOrWhiteSpace(s.SignsAs) ? null : s.SignsAs.Trim(), Position = i }));
    }

    private async Task<(Dictionary<string, string[]> Errors, IReadOnlyDictionary<string, int> Components)> CheckAsync(int territoryId, PlanInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors["title"] = [l["Give the plan a title."]];
        }
        else if (input.Title.Trim().Length > ActionPlan.MaxTitleLength)
        {
            errors["title"] = [l["A title has at most {0} characters.", ActionPlan.MaxTitleLength]];
        }

        if (input.Summary?.Trim().Length > ActionPlan.MaxSummaryLength)
        {
            errors["summary"] = [l["A summary has at most {0} characters.", ActionPlan.MaxSummaryLength]];
        }

        if (input.Status is not (PlanStatus.Draft or PlanStatus.Adopted))
        {
            errors["status"] = [l["A plan is draft or adopted; the review marks it reviewed."]];
        }

        var actionIds = input.ActionIds.Distinct().ToList();
        if (actionIds.Count > 0 && await db.Actions.CountAsync(a => actionIds.Contains(a.Id) && a.TerritoryId == territoryId, cancellationToken) != actionIds.Count)
        {
            errors["actionIds"] = [l["Choose actions of the territory."]];
        }

        var labels = await synthesis.LoadLabelsAsync("en", cancellationToken);
        var components = labels.ComponentsByCode.ToDictionary(c => c.Key, c => c.Value.Id, StringComparer.Ordinal);
        if (input.Components.FirstOrDefault(c => !components.ContainsKey(c.Trim().ToUpperInvariant())) is { } unknown)
        {
            errors["components"] = [l["{0} is not a component of the current grid.", unknown]];
        }

        var indicatorIds = input.IndicatorIds.Distinct().ToList();
        if (indicatorIds.Count > 0 && await db.Indicators.CountAsync(i => indicatorIds.Contains(i.Id) && i.TerritoryId == territoryId, cancellationToken) != indicatorIds.Count)
        {
            errors["indicatorIds"] = [l["Choose indicators of the territory."]];
        }

        if (input.Signatories.Any(s => s.Organisation?.Trim().Length > PlanSignatory.MaxNameLength || s.SignsAs?.Trim().Length > PlanSignatory.MaxNameLength))
        {
            errors["signatories"] = [l["A signatory's organisation and function have at most {0} characters each.", PlanSignatory.MaxNameLength]];
        }

        return (errors, components);
    }

    private async Task<List<PlanResponse>> CompleteAsync(IReadOnlyList<PlanRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var actions = await db.PlanActions.AsNoTracking().Where(a => ids.Contains(a.PlanId)).OrderBy(a => a.Position).ThenBy(a => a.ActionId)
            .Select(a => new { a.PlanId, a.ActionId }).ToListAsync(cancellationToken);
        var priorities = await db.PlanPriorities.AsNoTracking().Where(p => ids.Contains(p.PlanId)).OrderBy(p => p.Position).ThenBy(p => p.Id)
            .Select(p => new { p.PlanId, Component = p.Component == null ? null : p.Component.Code, p.IndicatorId, p.Note }).ToListAsync(cancellationToken);
        var summaries = await SummariesAsync(ids, cancellationToken);
        return [.. rows.Select(r => new PlanResponse(r.Id, r.Title, r.Cycle, r.Status, r.AdoptedOn, r.ReviewedOn,
            [.. actions.Where(a => a.PlanId == r.Id).Select(a => a.ActionId)],
            [.. priorities.Where(p => p.PlanId == r.Id).Select(p => new PriorityResponse(p.Component, p.IndicatorId, p.Note))],
            summaries.GetValueOrDefault(r.Id) ?? CommitmentSummary.None, r.Version))];
    }

    private sealed record PlanRow(int Id, string Title, int Cycle, PlanStatus Status, DateOnly? AdoptedOn, DateOnly? ReviewedOn, int Version);
}
