using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Syntheses;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>A plan as its pages show it: priorities named, actions in order, each with the commitments made in the plan.</summary>
public sealed record PlanView(
    int Id, string Title, string Summary, int Cycle, PlanStatus Status, DateOnly? AdoptedOn, DateOnly? ReviewedOn, int Version,
    IReadOnlyList<PlanView.Priority> Priorities, IReadOnlyList<PlanView.ActionLine> Actions, IReadOnlyList<PlanSignatory> Signatories)
{
    public sealed record Priority(string? ComponentCode, int? ComponentId, int? IndicatorId, string Label, string? Language, string? Note);

    public sealed record ActionLine(int Id, string Title, ActionStatus Status, IReadOnlyList<CommitmentResponse> Commitments);

    public IEnumerable<CommitmentResponse> Commitments => Actions.SelectMany(a => a.Commitments);

    /// <summary>How the commitments made in the plan on its actions stand today.</summary>
    public CommitmentSummary CommitmentsSummary => new(
        Commitments.Count(c => c.Status == CommitmentStatus.Open && !c.Overdue), Commitments.Count(c => c.Status == CommitmentStatus.Kept),
        Commitments.Count(c => c.Overdue), Commitments.Count(c => c.Status == CommitmentStatus.Broken));
}

/// <summary>Reads a <see cref="PlanView"/> in a constant number of statements, whatever the number of actions and commitments.</summary>
public sealed class PlanViews(OpenSpiralDbContext db, SynthesisService synthesis, CommitmentService commitments)
{
    public async Task<PlanView?> FindAsync(int planId, string language, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.Id, p.Title, p.Summary, p.Cycle, p.Status, p.AdoptedOn, p.ReviewedOn, p.Version }).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var actions = await db.PlanActions.AsNoTracking().Where(a => a.PlanId == planId).OrderBy(a => a.Position).ThenBy(a => a.ActionId)
            .Select(a => new { a.ActionId, a.Action!.Title, a.Action.Status }).ToListAsync(cancellationToken);
        var made = await db.Commitments.AsNoTracking().Where(c => c.PlanId == planId)
            .OrderBy(c => c.DueDate == null).ThenBy(c => c.DueDate).ThenBy(c => c.Id)
            .Select(CommitmentService.Projection(commitments.Today)).ToListAsync(cancellationToken);
        var priorities = await db.PlanPriorities.AsNoTracking().Where(p => p.PlanId == planId).OrderBy(p => p.Position).ThenBy(p => p.Id)
            .Select(p => new { p.ComponentId, p.IndicatorId, Indicator = p.Indicator == null ? null : p.Indicator.Title, IndicatorLanguage = p.Indicator == null ? null : p.Indicator.Language, p.Note })
            .ToListAsync(cancellationToken);
        var signatories = await db.PlanSignatories.AsNoTracking().Where(s => s.PlanId == planId).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var labels = await synthesis.LoadLabelsAsync(language, cancellationToken);
        return new PlanView(plan.Id, plan.Title, plan.Summary, plan.Cycle, plan.Status, plan.AdoptedOn, plan.ReviewedOn, plan.Version,
            [.. priorities.Select(p => p.ComponentId is { } componentId && labels.ComponentsById.TryGetValue(componentId, out var c)
                ? new PlanView.Priority(c.Code, componentId, null, $"{c.Code} · {c.Name}", null, p.Note)
                : new PlanView.Priority(null, p.ComponentId, p.IndicatorId, p.Indicator ?? "", p.IndicatorLanguage, p.Note))],
            [.. actions.Select(a => new PlanView.ActionLine(a.ActionId, a.Title, a.Status, [.. made.Where(c => c.ActionId == a.ActionId)]))],
            signatories);
    }
}
