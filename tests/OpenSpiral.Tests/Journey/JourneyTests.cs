using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Ladder;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Journey;
using OpenSpiral.Web.Features.Plans;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Journey;

[Collection(ApplicationCollection.Name)]
public sealed class JourneyTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_journey_counts_exactly_what_the_territory_made_public_and_dates_each_phase()
    {
        const string slug = "journey-counts";
        var territoryId = await FreshTerritory.AddAsync(app, slug, cycle: 2, phase: CyclePhase.CoEvaluate);
        await app.QueryAsync(async db =>
        {
            var met = new HomogeneousGroup { TerritoryId = territoryId, Name = "Met", Language = "fr", Meetings = [new GroupMeeting { Date = new DateOnly(2026, 2, 1) }, new GroupMeeting { Date = new DateOnly(2026, 3, 1) }] };
            var notMet = new HomogeneousGroup { TerritoryId = territoryId, Name = "Not met yet", Language = "fr" };
            db.Groups.AddRange(met, notMet);
            await db.SaveChangesAsync();
            db.Criteria.AddRange(
                new Criterion { TerritoryId = territoryId, GroupId = met.Id, Text = "a", Language = "fr", Question = Question.Q1 },
                new Criterion { TerritoryId = territoryId, GroupId = met.Id, Text = "b", Language = "fr", Question = Question.Q2 },
                new Criterion { TerritoryId = territoryId, GroupId = met.Id, Text = "pending", Language = "fr", Question = Question.Q1, Status = CriterionStatus.Pending });
            var published = new TerritoryAction { TerritoryId = territoryId, Title = "Published", IsPublished = true };
            var privateAction = new TerritoryAction { TerritoryId = territoryId, Title = "Private" };
            db.Actions.AddRange(published, privateAction);
            var adopted = new ActionPlan { TerritoryId = territoryId, Title = "Adopted", Status = PlanStatus.Adopted };
            var draft = new ActionPlan { TerritoryId = territoryId, Title = "Draft" };
            db.Plans.AddRange(adopted, draft);
            await db.SaveChangesAsync();
            db.Commitments.AddRange(
                new Commitment { TerritoryId = territoryId, ActionId = published.Id, PlanId = adopted.Id, Stakeholder = "A", Description = "kept", Status = CommitmentStatus.Kept },
                new Commitment { TerritoryId = territoryId, ActionId = published.Id, PlanId = adopted.Id, Stakeholder = "B", Description = "open" },
                new Commitment { TerritoryId = territoryId, ActionId = privateAction.Id, PlanId = draft.Id, Stakeholder = "C", Description = "draft", Status = CommitmentStatus.Kept });
            db.TerritoryPhaseChanges.AddRange(
                new TerritoryPhaseChange { TerritoryId = territoryId, Cycle = 1, Phase = CyclePhase.OrganiseAndMobilise, EnteredOn = new DateOnly(2025, 1, 6) },
                new TerritoryPhaseChange { TerritoryId = territoryId, Cycle = 2, Phase = CyclePhase.CoEvaluate, EnteredOn = new DateOnly(2026, 4, 2) },
                new TerritoryPhaseChange { TerritoryId = territoryId, Cycle = 2, Phase = CyclePhase.CoEvaluate, EnteredOn = new DateOnly(2026, 5, 3) });
            return await db.SaveChangesAsync();
        });
        using var anonymous = app.CreateAnonymousClient();

        var journey = await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/journey");

        Assert.Equal(2, journey!["cycle"]!.GetValue<int>());
        Assert.Equal("coEvaluate", journey["phase"]!.GetValue<string>());
        Assert.Equal(
            """{"groupsMet":1,"meetings":2,"criteria":2,"indicators":0,"surveys":0,"responses":0,"roundTables":0,"plans":1,"commitments":2,"commitmentsKept":1,"actions":1,"reviews":0}""",
            journey["counts"]!.ToJsonString());
        var cycles = journey["cycles"]!.AsArray();
        Assert.Equal([1, 2], cycles.Select(c => c!["cycle"]!.GetValue<int>()));
        Assert.All(cycles[0]!["phases"]!.AsArray(), p => Assert.Equal("done", p!["state"]!.GetValue<string>()));
        Assert.Equal(["done", "done", "current", "upcoming", "upcoming", "upcoming", "upcoming", "upcoming"], cycles[1]!["phases"]!.AsArray().Select(p => p!["state"]!.GetValue<string>()));
        Assert.Equal("2025-01-06", cycles[0]!["phases"]![0]!["enteredOn"]!.GetValue<string>());
        Assert.Null(cycles[0]!["phases"]![1]!["enteredOn"]);
        Assert.Equal("2026-05-03", cycles[1]!["phases"]![2]!["enteredOn"]!.GetValue<string>());

        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/territories/{slug}?culture=fr"));
        Assert.Contains("Le parcours du territoire", page, StringComparison.Ordinal);
        var current = page[page.IndexOf("<li class=\"current\" aria-current=\"step\">", StringComparison.Ordinal)..];
        current = current[..current.IndexOf("<li class=\"upcoming\"", StringComparison.Ordinal)];
        Assert.Contains("phase en cours", current, StringComparison.Ordinal);
        Assert.Contains("commencée le 3 mai 2026", current, StringComparison.Ordinal);
        Assert.Contains("<li>0 indicateur validé</li>", current, StringComparison.Ordinal);
        Assert.Contains("<li>2 rencontres</li>", page, StringComparison.Ordinal);
        Assert.Contains("<li>1 engagement tenu</li>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Private", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_the_territory_to_another_phase_in_its_settings_records_the_day_and_who_did_it()
    {
        const string slug = "journey-settings";
        var territoryId = await FreshTerritory.AddAsync(app, slug);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        var adminId = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoData.Administrator).Select(u => u.Id).SingleAsync());
        var url = $"/territories/{slug}/workspace/settings";

        using var unchanged = await PageForm.PostAsync(admin, url, [new("Cycle", "1"), new("Phase", "OrganiseAndMobilise"), new("AsksFutureGenerations", "false"), new("SharesCriteriaWithNetwork", "true")]);
        using var moved = await PageForm.PostAsync(admin, url, [new("Cycle", "1"), new("Phase", "CoDefineWellBeing"), new("AsksFutureGenerations", "false"), new("SharesCriteriaWithNetwork", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var changes = await app.QueryAsync(db => db.TerritoryPhaseChanges.Where(c => c.TerritoryId == territoryId).Select(c => new { c.Cycle, c.Phase, c.EnteredOn, c.ChangedById }).ToListAsync());
        var change = Assert.Single(changes);
        Assert.Equal((1, CyclePhase.CoDefineWellBeing, DateOnly.FromDateTime(DateTime.UtcNow), adminId), (change.Cycle, change.Phase, change.EnteredOn, change.ChangedById));
    }

    [Fact]
    public async Task An_unknown_territory_has_no_journey()
    {
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.GetAsync("/api/v1/territories/999999/journey");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
