using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Plans;

namespace OpenSpiral.Tests.Plans;

[Collection(ApplicationCollection.Name)]
public sealed class PlansApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_territorys_plans_list_their_actions_priorities_and_how_their_commitments_stand_today()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var (first, second) = (await PlanData.AddActionAsync(app, territoryId), await PlanData.AddActionAsync(app, territoryId));
        var planId = await PlanData.AddPlanAsync(app, territoryId, [second, first]);
        var (component, indicator) = await app.QueryAsync(async db => (
            await db.Components.Where(c => c.Code == "A03" && db.Families.Any(f => f.Id == c.FamilyId && db.GridVersions.Any(v => v.Id == f.GridVersionId && v.IsCurrent))).Select(c => c.Id).SingleAsync(),
            await db.Indicators.Where(i => i.TerritoryId == territoryId).Select(i => i.Id).FirstAsync()));
        await app.QueryAsync(async db =>
        {
            db.PlanPriorities.AddRange(
                new PlanPriority { PlanId = planId, ComponentId = component, Note = "Cité par six groupes", Position = 0 },
                new PlanPriority { PlanId = planId, IndicatorId = indicator, Position = 1 });
            return await db.SaveChangesAsync();
        });
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await PlanData.AddCommitmentAsync(app, territoryId, first, planId, today.AddDays(30), CommitmentStatus.Open);
        await PlanData.AddCommitmentAsync(app, territoryId, first, planId, null, CommitmentStatus.Open);
        await PlanData.AddCommitmentAsync(app, territoryId, first, planId, today.AddDays(-2), CommitmentStatus.Open);
        await PlanData.AddCommitmentAsync(app, territoryId, second, planId, today.AddDays(-2), CommitmentStatus.Kept);
        await PlanData.AddCommitmentAsync(app, territoryId, second, planId, today.AddDays(-9), CommitmentStatus.Broken);
        await PlanData.AddCommitmentAsync(app, territoryId, second, null, today.AddDays(-9), CommitmentStatus.Open);
        var cycle = await app.QueryAsync(db => db.Territories.Where(t => t.Id == territoryId).Select(t => t.Cycle).SingleAsync());

        var list = await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/plans?pageSize=200");
        var plan = list!["items"]!.AsArray().Single(p => p!["id"]!.GetValue<int>() == planId)!;

        Assert.Equal(
            $$"""{"id":{{planId}},"title":"Plan des tests","cycle":{{cycle}},"status":"adopted","adoptedOn":"2026-01-15","reviewedOn":null,"actionIds":[{{second}},{{first}}],"priorities":[{"component":"A03","indicatorId":null,"note":"Cité par six groupes"},{"component":null,"indicatorId":{{indicator}},"note":null}],"commitments":{"open":2,"kept":1,"late":1,"broken":1},"version":1}""",
            plan.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var one = await client.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{planId}");
        Assert.Equal(plan.ToJsonString(), one!.ToJsonString());
    }

    [Fact]
    public async Task The_list_is_paged_latest_cycle_first_and_refuses_a_page_size_out_of_range()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory2Slug);
        var older = await PlanData.AddPlanAsync(app, territoryId, [], PlanStatus.Draft, "Ancien");
        var newer = await PlanData.AddPlanAsync(app, territoryId, [], PlanStatus.Draft, "Nouveau");
        var total = await app.QueryAsync(db => db.Plans.CountAsync(p => p.TerritoryId == territoryId));

        var page = await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/plans?page=1&pageSize=1");
        using var tooLarge = await client.GetAsync($"/api/v1/territories/{territoryId}/plans?pageSize=201");

        Assert.Equal((total, total, 1), (page!["total"]!.GetValue<int>(), page["pageCount"]!.GetValue<int>(), page["items"]!.AsArray().Count));
        Assert.Equal(newer, page["items"]![0]!["id"]!.GetValue<int>());
        Assert.True(newer > older);
        var problem = await Problems.AssertValidationProblemAsync(tooLarge, "pageSize");
        Assert.Equal("Pages start at 1 and hold 1 to 200 items.", problem.GetProperty("errors").GetProperty("pageSize")[0].GetString());
    }

    [Fact]
    public async Task Another_territorys_plans_are_refused()
    {
        using var intruder = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var planId = await PlanData.AddPlanAsync(app, territoryId, []);

        using var list = await intruder.GetAsync($"/api/v1/territories/{territoryId}/plans");
        using var one = await intruder.GetAsync($"/api/v1/plans/{planId}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (list.StatusCode, one.StatusCode));
    }
}
