using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Plans;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Plans;

/// <summary>The end-of-cycle review, on an application of its own: it moves a territory to its next cycle.</summary>
public sealed class PlanReviewTests : IAsyncLifetime
{
    private readonly OpenSpiralApplication _app = OpenSpiralApplication.Create(demo: true);

    public Task InitializeAsync() => _app.InitializeAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Completing_the_review_moves_the_territory_on_and_opens_the_next_plan_with_the_continued_adjusted_and_replacement_actions()
    {
        var territoryId = await _app.GetTerritoryIdAsync(DemoData.Territory2Slug);
        var before = await _app.QueryAsync(db => db.Territories.Where(t => t.Id == territoryId).Select(t => new { t.Cycle, t.Phase }).SingleAsync());
        int[] actions = [
            await PlanData.AddActionAsync(_app, territoryId, "Continuée"),
            await PlanData.AddActionAsync(_app, territoryId, "Ajustée"),
            await PlanData.AddActionAsync(_app, territoryId, "Arrêtée"),
            await PlanData.AddActionAsync(_app, territoryId, "Remplacée")];
        var planId = await PlanData.AddPlanAsync(_app, territoryId, actions);

        var outcome = await ReviewAsync(planId, 1,
            new ReviewInput(actions[3], ReviewDecision.Replace, "Trop peu de familles venaient", " Ateliers logement "),
            new ReviewInput(actions[0], ReviewDecision.Continue, null, null),
            new ReviewInput(actions[1], ReviewDecision.Adjust, "Le soir plutôt", null),
            new ReviewInput(actions[2], ReviewDecision.Stop, "Objectif atteint ailleurs", null));

        Assert.Empty(outcome.Errors);
        var next = before.Cycle + 1;
        var reviewed = await _app.QueryAsync(db => db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId));
        Assert.Equal((PlanStatus.Reviewed, DateOnly.FromDateTime(DateTime.UtcNow), 2), (reviewed.Status, reviewed.ReviewedOn!.Value, reviewed.Version));
        var territory = await _app.QueryAsync(db => db.Territories.Where(t => t.Id == territoryId).Select(t => new { t.Cycle, t.Phase }).SingleAsync());
        Assert.Equal((next, CyclePhase.OrganiseAndMobilise), (territory.Cycle, territory.Phase));
        var change = await _app.QueryAsync(db => db.TerritoryPhaseChanges.AsNoTracking().SingleAsync(c => c.TerritoryId == territoryId && c.Cycle == next));
        Assert.Equal((CyclePhase.OrganiseAndMobilise, DateOnly.FromDateTime(DateTime.UtcNow)), (change.Phase, change.EnteredOn));
        var replacement = await _app.QueryAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.ReplacesId == actions[3]));
        Assert.Equal(("Ateliers logement", next, ActionStatus.Planned), (replacement.Title, replacement.Cycle, replacement.Status));
        var newPlan = await _app.QueryAsync(db => db.Plans.AsNoTracking().Where(p => p.Id == outcome.Id)
            .Select(p => new { p.TerritoryId, p.Cycle, p.Status, p.Title, Actions = p.Actions.OrderBy(a => a.Position).Select(a => a.ActionId).ToList() }).SingleAsync());
        Assert.Equal((territoryId, next, PlanStatus.Draft, $"Action plan, cycle {next}"), (newPlan.TerritoryId, newPlan.Cycle, newPlan.Status, newPlan.Title));
        Assert.Equal([actions[0], actions[1], replacement.Id], newPlan.Actions);
        var statuses = await _app.QueryAsync(db => db.Actions.Where(a => actions.Contains(a.Id)).OrderBy(a => a.Id).Select(a => a.Status).ToListAsync());
        Assert.Equal([ActionStatus.Running, ActionStatus.Running, ActionStatus.Stopped, ActionStatus.Stopped], statuses);
        var reviews = await _app.QueryAsync(db => db.ActionReviews.Where(r => r.PlanId == planId).OrderBy(r => r.ActionId).Select(r => new { r.Decision, r.Note, r.ReplacementActionId }).ToListAsync());
        Assert.Equal(
            [(ReviewDecision.Continue, null, null), (ReviewDecision.Adjust, "Le soir plutôt", null), (ReviewDecision.Stop, "Objectif atteint ailleurs", null), (ReviewDecision.Replace, "Trop peu de familles venaient", (int?)replacement.Id)],
            reviews.Select(r => (r.Decision, r.Note, r.ReplacementActionId)));
    }

    [Fact]
    public async Task A_plan_changed_meanwhile_undoes_the_whole_review()
    {
        var territoryId = await _app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var cycle = await _app.QueryAsync(db => db.Territories.Where(t => t.Id == territoryId).Select(t => t.Cycle).SingleAsync());
        int[] actions = [await PlanData.AddActionAsync(_app, territoryId, "Arrêtée"), await PlanData.AddActionAsync(_app, territoryId, "Remplacée")];
        var planId = await PlanData.AddPlanAsync(_app, territoryId, actions);
        var (plans, actionCount, changes) = await CountsAsync();

        // Version 1 was read; the plan is at version 2 now.
        await _app.QueryAsync(db => db.Plans.Where(p => p.Id == planId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, 2)));
        var outcome = await ReviewAsync(planId, 1,
            new ReviewInput(actions[0], ReviewDecision.Stop, "Fin", null),
            new ReviewInput(actions[1], ReviewDecision.Replace, null, "Nouvelle action"));

        Assert.Equal(2, outcome.CurrentVersion);
        Assert.Equal((plans, actionCount, changes), await CountsAsync());
        Assert.Equal(cycle, await _app.QueryAsync(db => db.Territories.Where(t => t.Id == territoryId).Select(t => t.Cycle).SingleAsync()));
        Assert.Equal(PlanStatus.Adopted, await _app.QueryAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync()));
        Assert.False(await _app.QueryAsync(db => db.ActionReviews.AnyAsync(r => r.PlanId == planId)));
        Assert.Equal([ActionStatus.Running, ActionStatus.Running], await _app.QueryAsync(db => db.Actions.Where(a => actions.Contains(a.Id)).Select(a => a.Status).ToListAsync()));
    }

    [Fact]
    public async Task Every_action_needs_a_decision_and_a_replacement_its_title_and_nothing_changes_until_then()
    {
        var territoryId = await _app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        int[] actions = [await PlanData.AddActionAsync(_app, territoryId), await PlanData.AddActionAsync(_app, territoryId), await PlanData.AddActionAsync(_app, territoryId)];
        var planId = await PlanData.AddPlanAsync(_app, territoryId, actions);
        var draft = await PlanData.AddPlanAsync(_app, territoryId, [], PlanStatus.Draft);
        var counts = await CountsAsync();

        var outcome = await ReviewAsync(planId, 1,
            new ReviewInput(actions[0], ReviewDecision.Stop, null, null),
            new ReviewInput(actions[1], ReviewDecision.Replace, null, "  "));
        var ofDraft = await ReviewAsync(draft, 1);

        Assert.Equal(
            ["decisions[1].replacementTitle:Give the title of the action that replaces it.", "decisions[2].decision:Choose continue, adjust, stop or replace."],
            outcome.Errors.Select(e => $"{e.Key}:{e.Value[0]}").Order(StringComparer.Ordinal));
        Assert.Equal(["status:Only an adopted plan can be reviewed."], ofDraft.Errors.Select(e => $"{e.Key}:{e.Value[0]}"));
        Assert.Equal(counts, await CountsAsync());
        Assert.Equal(ActionStatus.Running, await _app.QueryAsync(db => db.Actions.Where(a => a.Id == actions[0]).Select(a => a.Status).SingleAsync()));
    }

    private async Task<PlanOutcome> ReviewAsync(int planId, int version, params ReviewInput[] decisions)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var review = scope.ServiceProvider.GetRequiredService<PlanReview>();
        return await review.CompleteAsync(planId, decisions, version, null, CancellationToken.None);
    }

    private Task<(int Plans, int Actions, int Changes)> CountsAsync() => _app.QueryAsync(async db =>
        (await db.Plans.CountAsync(), await db.Actions.CountAsync(), await db.TerritoryPhaseChanges.CountAsync()));
}
