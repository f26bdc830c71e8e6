using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Demo;
using OpenSpiral.Web.Features.Plans;

namespace OpenSpiral.Tests.Plans;

/// <summary>Actions, plans and commitments the plan tests build on, written straight to the database.</summary>
public static class PlanData
{
    /// <summary>A new action of the territory, so that a test's commitments are its own.</summary>
    public static Task<int> AddActionAsync(OpenSpiralApplication app, int territoryId, string title = "Action des tests") => app.QueryAsync(async db =>
    {
        var action = new TerritoryAction { TerritoryId = territoryId, Title = title, Status = ActionStatus.Running, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        db.Actions.Add(action);
        await db.SaveChangesAsync();
        return action.Id;
    });

    /// <summary>A plan of the territory's current cycle holding <paramref name="actionIds"/>, in order.</summary>
    public static Task<int> AddPlanAsync(OpenSpiralApplication app, int territoryId, int[] actionIds, PlanStatus status = PlanStatus.Adopted, string title = "Plan des tests") => app.QueryAsync(async db =>
    {
        var cycle = await db.Territories.Where(t => t.Id == territoryId).Select(t => t.Cycle).SingleAsync();
        var plan = new ActionPlan
        {
            TerritoryId = territoryId,
            Cycle = cycle,
            Title = title,
            Status = status,
            AdoptedOn = status == PlanStatus.Adopted ? new DateOnly(2026, 1, 15) : null,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            Actions = [.. actionIds.Select((id, i) => new PlanAction { ActionId = id, Position = i })],
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    });

    public static Task<int> AddCommitmentAsync(OpenSpiralApplication app, int territoryId, int actionId, int? planId, DateOnly? due, CommitmentStatus status, string stakeholder = "Bailleur social") => app.QueryAsync(async db =>
    {
        var commitment = new Commitment
        {
            TerritoryId = territoryId,
            ActionId = actionId,
            PlanId = planId,
            Stakeholder = stakeholder,
            Description = "Rénover dix logements",
            DueDate = due,
            Status = status,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Commitments.Add(commitment);
        await db.SaveChangesAsync();
        return commitment.Id;
    });

    /// <summary>A bearer client of <paramref name="email"/> logged in through <paramref name="factory"/> itself (an application with a clock of its own).</summary>
    public static async Task<HttpClient> BearerClientAsync(WebApplicationFactory<Program> factory, string email)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var login = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = DemoOptions.Password });
        login.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }
}

/// <summary>A clock stopped at one instant: the tests put "today" exactly where a boundary is.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
