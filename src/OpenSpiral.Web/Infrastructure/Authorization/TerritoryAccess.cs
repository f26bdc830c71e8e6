using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Infrastructure.Authorization;

/// <summary>Answers what a user may do in a territory. Pages, API and the authorization handler share it.</summary>
public sealed class TerritoryAccess(OpenSpiralDbContext db)
{
    private readonly Dictionary<(string, int), TerritoryRole?> _roles = [];
    private readonly Dictionary<string, WorkspaceTerritory?> _territories = new(StringComparer.Ordinal);

    public static bool IsAdministrator(ClaimsPrincipal user) => user.IsInRole(Roles.Administrator);

    public async Task<TerritoryRole?> GetRoleAsync(ClaimsPrincipal user, int territoryId, CancellationToken cancellationToken = default)
    {
        var userId = user.GetUserId();
        if (userId is null)
        {
            return null;
        }

        if (!_roles.TryGetValue((userId, territoryId), out var role))
        {
            role = await db.TerritoryMembers
                .Where(m => m.TerritoryId == territoryId && m.UserId == userId)
                .Select(m => (TerritoryRole?)m.Role)
                .FirstOrDefaultAsync(cancellationToken);
            _roles[(userId, territoryId)] = role;
        }

        return role;
    }

    public async Task<bool> CanWorkAsync(ClaimsPrincipal user, int territoryId, CancellationToken cancellationToken = default) =>
        IsAdministrator(user) || await GetRoleAsync(user, territoryId, cancellationToken) is not null;

    public async Task<bool> CanManageAsync(ClaimsPrincipal user, int territoryId, CancellationToken cancellationToken = default) =>
        IsAdministrator(user) || await GetRoleAsync(user, territoryId, cancellationToken) == TerritoryRole.Coordinator;

    /// <summary>
    /// The territory of a slug as workspace pages show it, read once per request: the territory
    /// policy and the page (<see cref="TerritoryPageModel"/>) share it.
    /// </summary>
    public async Task<WorkspaceTerritory?> FindWorkspaceTerritoryAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (!_territories.TryGetValue(slug, out var territory))
        {
            territory = await WorkspaceTerritory.FindAsync(db, slug, cancellationToken);
            _territories[slug] = territory;
        }

        return territory;
    }

    /// <summary>
    /// Finds the territory a route points at through <c>territoryId</c>, <c>slug</c>, <c>groupId</c>, <c>memberId</c>, <c>criterionId</c>,
    /// <c>campaignId</c>, <c>indicatorId</c>, <c>surveyId</c> or <c>invitationId</c>.
    /// When a route names several, they must all lead to the same territory.
    /// </summary>
    public async Task<int?> ResolveTerritoryIdAsync(RouteValueDictionary route, CancellationToken cancellationToken = default)
    {
        var found = new List<int?>();
        if (route.TryGetValue("territoryId", out var territoryValue))
        {
            found.Add(int.TryParse(territoryValue?.ToString(), out var territoryId) ? territoryId : null);
        }

        if (route.TryGetValue("slug", out var slugValue))
        {
            found.Add(slugValue?.ToString() is { } slug ? (await FindWorkspaceTerritoryAsync(slug, cancellationToken))?.Id : null);
        }

        if (route.TryGetValue("groupId", out var groupValue))
        {
            found.Add(int.TryParse(groupValue?.ToString(), out var groupId)
                ? await db.Groups.Where(g => g.Id == groupId).Select(g => (int?)g.TerritoryId).FirstOrDefaultAsync(cancellationToken)
                : null);
        }

        if (route.TryGetValue("memberId", out var memberValue))
        {
            found.Add(int.TryParse(memberValue?.ToString(), out var memberId)
                ? await db.TerritoryMembers.Where(m => m.Id == memberId).Select(m => (int?)m.TerritoryId).FirstOrDefaultAsync(cancellationToken)
                : null);
        }

        if (route.TryGetValue("criterionId", out var criterionValue))
        {
            // Deleted criteria stay reachable here so that a deletion can be undone by its territory.
            found.Add(long.TryParse(criterionValue?.ToString(), out var criterionId)
                ? await db.Criteria.IgnoreQueryFilters().Where(c => c.Id == criterionId).Select(c => (int?)c.TerritoryId).FirstOrDefaultAsync(cancellationToken)
                : null);
        }

        if (route.TryGetValue("campaignId", out var campaignValue))
        {
            found.Add(int.TryParse(campaignValue?.ToString(), out var campaignId)
                ? await db.KioskCampaigns.Where(k => k.Id == campaignId).Select(k => (int?)k.TerritoryId).FirstOrDefaultAsync(cancellationToken)
                : null);
        }

        if (route.TryGetValue("indicatorId", out var indicatorValue))
        {
            found.Add(int.TryParse(indicatorValue?.ToString(), out var indicatorId)
                ? await db.Indicators.Where(i => i.Id == indicatorId).Select(i => (int?)i.TerritoryId).FirstOrDefaultAsync(cancellationToken)
                : null);
        }

        if (route.TryGetValue("surveyId", out var surveyValue))
        {
            found.Add(int.TryParse(surveyValue?.ToString(), out var surveyId)
                ? await db.Surveys.Where(s => s.Id == surveyId).Select(s => (int?)s.TerritoryId).FirstOrDefaultAsync(cancellationToken)
                : null);
        }

        if (route.TryGetValue("invitationId", out var invitationValue))
        {
            found.Add(int.TryParse(invitationValue?.ToString(), out var invitationId)
                ? await db.MemberInvitations.Where(i => i.Id == invitationId).Select(i => (int?)i.TerritoryId).FirstOrDefaultAsync(cancellationToken)
                : null);
        }

        if (route.TryGetValue("actionId", out var actionIdValue))
        {
            found.Add(int.TryParse(actionIdValue?.ToString(), out var actionId)
                ? await db.Actions.Where(x => x.Id == actionId).Select(x => (int?)x.TerritoryId).FirstOrDefaultAsync(cancellationToken)
                : null);
        }

        if (route.TryGetValue("resourceId", out var resourceIdValue))
        {
            found.Add(int.TryParse(resourceIdValue?.ToString(), out var resourceId)
                ? await db.ActionResources.Where(x => x.Id == resourceId).Select(x => (int?)x.TerritoryId).FirstOrDefaultAsync(cancellationToken)
                : null);
        }

        if (route.TryGetValue("roundTableId", out var roundTableIdValue))
        {
            found.Add(int.TryParse(roundTableIdValue?.ToString(), out var roundTableId)
                ? await db.RoundTables.Where(x => x.Id == roundTableId).Select(x => (int?)x.TerritoryId).FirstOrDefaultAsync(cancellationToken)
                : null);
        }

        if (route.TryGetValue("planId", out var planIdValue))
        {
            found.Add(int.TryParse(planIdValue?.ToString(), out var planId)
                ? await db.Plans.Where(x => x.Id == planId).Select(x => (int?)x.TerritoryId).FirstOrDefaultAsync(cancellationToken)
                : null);
        }

        if (route.TryGetValue("commitmentId", out var commitmentIdValue))
        {
            found.Add(int.TryParse(commitmentIdValue?.ToString(), out var commitmentId)
                ? await db.Commitments.Where(x => x.Id == commitmentId).Select(x => (int?)x.TerritoryId).FirstOrDefaultAsync(cancellationToken)
                : null);
        }

        if (route.TryGetValue("ratingId", out var ratingIdValue))
        {
            found.Add(int.TryParse(ratingIdValue?.ToString(), out var ratingId)
                ? await db.LadderRatings.Where(x => x.Id == ratingId).Select(x => (int?)x.TerritoryId).FirstOrDefaultAsync(cancellationToken)
                : null);
        }

        if (route.TryGetValue("alertId", out var alertIdValue))
        {
            found.Add(int.TryParse(alertIdValue?.ToString(), out var alertId)
                ? await db.Alerts.Where(x => x.Id == alertId).Select(x => (int?)x.TerritoryId).FirstOrDefaultAsync(cancellationToken)
                : null);
        }

        return found.Count > 0 && found.All(id => id is not null && id == found[0]) ? found[0] : null;
    }
}
