using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Alerts;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Kiosk;
using OpenSpiral.Web.Features.Ladder;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Plans;
using OpenSpiral.Web.Features.RoundTables;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Authorization;

/// <summary>A demo territory as the permission matrix uses it: real ids to put in routes, and who works there.</summary>
internal sealed record MatrixTerritory(string Label, int Id, string Slug, int GroupId, long CriterionId, int MemberId, int CampaignId, int IndicatorId, int SurveyId, int InvitationId, IReadOnlyDictionary<string, int> WorkIds, IReadOnlyDictionary<Caller, TerritoryRole> Roles)
{
    public static async Task<MatrixTerritory> LoadAsync(OpenSpiralApplication app, string label, string slug, IReadOnlyDictionary<Caller, TerritoryRole> roles) =>
        await app.QueryAsync(async db =>
        {
            var id = await db.Territories.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
            var groupId = await db.Groups.Where(g => g.TerritoryId == id).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
            return new MatrixTerritory(
                label,
                id,
                slug,
                groupId,
                await db.Criteria.Where(c => c.TerritoryId == id).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
                await db.TerritoryMembers.Where(m => m.TerritoryId == id).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(),
                await CampaignAsync(db, id, groupId),
                await IndicatorAsync(db, id),
                await SurveyAsync(db, id),
                await AddInvitationAsync(db, id),
                await WorkIdsAsync(db, id),
                roles);
        });

    // The demo has a kiosk in its first territory only: the others get one made for the matrix.
    private static async Task<int> CampaignAsync(OpenSpiralDbContext db, int territoryId, int groupId)
    {
        var existing = await db.KioskCampaigns.Where(k => k.TerritoryId == territoryId).OrderBy(k => k.Id).Select(k => (int?)k.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var campaign = new KioskCampaign { TerritoryId = territoryId, GroupId = groupId, Code = $"matrix-{territoryId}", Title = "Permission matrix", IsOpen = false };
        db.KioskCampaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign.Id;
    }

    // Territories without indicators or surveys get a draft of each made for the matrix.
    private static async Task<int> IndicatorAsync(OpenSpiralDbContext db, int territoryId)
    {
        var existing = await db.Indicators.Where(i => i.TerritoryId == territoryId).OrderBy(i => i.Id).Select(i => (int?)i.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var indicator = new Indicator { TerritoryId = territoryId, Title = "Permission matrix", Language = "en" };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        return indicator.Id;
    }

    private static async Task<int> SurveyAsync(OpenSpiralDbContext db, int territoryId)
    {
        var existing = await db.Surveys.Where(s => s.TerritoryId == territoryId).OrderBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var survey = new Survey { TerritoryId = territoryId, Code = $"matrix-{territoryId}", Title = "Permission matrix", Languages = ["en"] };
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        return survey.Id;
    }

    /// <summary>A pending invitation to the territory, made for the matrix (the demo has none).</summary>
    public static async Task<int> AddInvitationAsync(OpenSpiralDbContext db, int territoryId)
    {
        var code = Guid.NewGuid().ToString("N");
        var invitation = new MemberInvitation
        {
            TerritoryId = territoryId,
            Email = $"matrix-{code}@example.org",
            NormalizedEmail = $"MATRIX-{code.ToUpperInvariant()}@EXAMPLE.ORG",
            TokenHash = code + code,
            ExpiresAt = DateTime.UtcNow.AddDays(14),
            CreatedAt = DateTime.UtcNow,
        };
        db.MemberInvitations.Add(invitation);
        await db.SaveChangesAsync();
        return invitation.Id;
    }

    /// <summary>Route parameters of the action and plan work, each with the throwaway row the matrix makes for it.</summary>
    public static readonly IReadOnlyList<string> WorkParameters = ["actionId", "resourceId", "roundTableId", "planId", "commitmentId", "ratingId", "alertId"];

    // One row of each kind per territory, the first existing one or one made for the matrix.
    private static async Task<IReadOnlyDictionary<string, int>> WorkIdsAsync(OpenSpiralDbContext db, int territoryId)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["actionId"] = await db.Actions.Where(a => a.TerritoryId == territoryId).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync()
                ?? await AddWorkAsync(db, territoryId, "actionId"),
        };
        foreach (var name in WorkParameters.Skip(1))
        {
            ids[name] = name switch
            {
                "resourceId" => await db.ActionResources.Where(r => r.TerritoryId == territoryId).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(),
                "roundTableId" => await db.RoundTables.Where(r => r.TerritoryId == territoryId).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(),
                "planId" => await db.Plans.Where(p => p.TerritoryId == territoryId).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(),
                "commitmentId" => await db.Commitments.Where(c => c.TerritoryId == territoryId).OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync(),
                "ratingId" => await db.LadderRatings.Where(r => r.TerritoryId == territoryId).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(),
                "alertId" => await db.Alerts.Where(a => a.TerritoryId == territoryId).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(),
                _ => throw new InvalidOperationException(name),
            } ?? await AddWorkAsync(db, territoryId, name, ids["actionId"]);
        }

        return ids;
    }

    /// <summary>A row made for the matrix (a throwaway one for DELETE routes), named by its route parameter.</summary>
    public static async Task<int> AddWorkAsync(OpenSpiralDbContext db, int territoryId, string parameter, int? actionId = null)
    {
        var now = DateTime.UtcNow;
        int? ActionOf() => actionId;
        async Task<int> ActionAsync() => ActionOf() ?? await AddWorkAsync(db, territoryId, "actionId");
        object row = parameter.ToUpperInvariant() switch
        {
            "ACTIONID" => new TerritoryAction { TerritoryId = territoryId, Title = "Permission matrix", CreatedAt = now, UpdatedAt = now },
            "RESOURCEID" => new ActionResource { TerritoryId = territoryId, Description = "Permission matrix", OfferedBy = "Permission matrix", CreatedAt = now, UpdatedAt = now },
            "ROUNDTABLEID" => new RoundTable { TerritoryId = territoryId, Title = "Permission matrix", HeldOn = DateOnly.FromDateTime(now), CreatedAt = now, UpdatedAt = now },
            "PLANID" => new ActionPlan { TerritoryId = territoryId, Title = "Permission matrix", CreatedAt = now, UpdatedAt = now },
            "COMMITMENTID" => new Commitment { TerritoryId = territoryId, ActionId = await ActionAsync(), Stakeholder = "Permission matrix", Description = "Permission matrix", CreatedAt = now, UpdatedAt = now },
            "RATINGID" => new LadderRating { TerritoryId = territoryId, ActionId = await ActionAsync(), Justification = "Permission matrix", RatedOn = DateOnly.FromDateTime(now), CreatedAt = now },
            "ALERTID" => new Alert { TerritoryId = territoryId, Title = "Permission matrix", CreatedAt = now, UpdatedAt = now },
            _ => throw new InvalidOperationException($"The permission matrix cannot make a '{parameter}'."),
        };
        db.Add(row);
        await db.SaveChangesAsync();
        return (int)db.Entry(row).Properties.Single(p => p.Metadata.IsPrimaryKey()).CurrentValue!;
    }

    public TerritoryRole? RoleOf(Caller caller) => Roles.TryGetValue(caller, out var role) ? role : null;

    public override string ToString() => $"{Label} ({Slug})";
}
