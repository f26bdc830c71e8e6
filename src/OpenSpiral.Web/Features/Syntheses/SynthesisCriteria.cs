using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>
/// The criteria behind a synthesis number, counted the way <see cref="SynthesisService"/> counts
/// them (approved, not deleted; the network's column: classified criteria of the territories that
/// share), so that the list's total is the number it was opened from. Shared by the page and the API.
/// </summary>
public sealed class SynthesisCriteria(OpenSpiralDbContext db)
{
    /// <summary>The filters as the query string gives them, checked: each wrong one is named with its message.</summary>
    public static async Task<CriteriaFilter?> ParseAsync(
        OpenSpiralDbContext db, GridLabels labels, int territoryId, CriteriaQuery query, Dictionary<string, string[]> errors, IStringLocalizer l, CancellationToken cancellationToken)
    {
        var family = Code(query.Family);
        if (family is not null && labels.Family(family) is null)
        {
            errors["family"] = [l["No family of the grid has the code {0}.", query.Family!]];
        }

        var component = Code(query.Component);
        var unclassified = string.Equals(component, CriteriaFilter.None, StringComparison.OrdinalIgnoreCase);
        if (component is not null && !unclassified && !labels.ComponentsByCode.ContainsKey(component))
        {
            errors["component"] = [l["No component of the grid has the code {0}.", query.Component!]];
        }

        var question = EnumNames.Parse<Question>(query.Question);
        if (!string.IsNullOrWhiteSpace(query.Question) && question is null)
        {
            errors["question"] = [l["{0} is not a question: use Q1, Q2, Q3 or Q4.", query.Question]];
        }

        var kind = EnumNames.Parse<GroupKind>(query.Kind);
        if (!string.IsNullOrWhiteSpace(query.Kind) && kind is null)
        {
            errors["kind"] = [l["{0} is not a kind of group: use homogeneous or rainbow.", query.Kind]];
        }

        var network = string.Equals(query.Scope?.Trim(), CriteriaFilter.NetworkScope, StringComparison.OrdinalIgnoreCase);
        if (!network && !string.IsNullOrWhiteSpace(query.Scope) && !string.Equals(query.Scope.Trim(), CriteriaFilter.TerritoryScope, StringComparison.OrdinalIgnoreCase))
        {
            errors["scope"] = [l["{0} is not a scope: use territory or network.", query.Scope]];
        }

        var profile = string.IsNullOrWhiteSpace(query.Profile) ? null : query.Profile.Trim();
        if (network && (query.GroupId is not null || profile is not null || kind is not null || unclassified))
        {
            // Other territories' groups are never shown: the network's criteria are the shared ones, by grid and question only.
            errors["scope"] = [l["The network's criteria are filtered by family, component and question only."]];
        }
        else if (query.GroupId is not null && !await db.Groups.AnyAsync(g => g.Id == query.GroupId && g.TerritoryId == territoryId, cancellationToken))
        {
            errors["groupId"] = [l["No group of this territory has this id."]];
        }

        return errors.Count > 0 ? null : new CriteriaFilter(family, unclassified ? null : component, unclassified, question, query.GroupId, profile, kind, network);
    }

    public Task<PagedList<SynthesisCriterion>> PageAsync(int territoryId, CriteriaFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var ordered = Criteria(territoryId, filter).OrderBy(c => c.Question).ThenBy(c => c.GroupId).ThenBy(c => c.Id);
        return filter.Network
            ? ordered.ToPagedListAsync(c => new SynthesisCriterion(
                c.Id, c.Text, c.Language, c.Question, c.Component!.Code, null, null, db.Territories.Where(t => t.Id == c.TerritoryId).Select(t => t.Name).First()), page, pageSize, cancellationToken)
            : ordered.ToPagedListAsync(c => new SynthesisCriterion(
                c.Id, c.Text, c.Language, c.Question, c.Component != null ? c.Component.Code : null, c.GroupId, c.Group!.Name, null), page, pageSize, cancellationToken);
    }

    private IQueryable<Criterion> Criteria(int territoryId, CriteriaFilter filter)
    {
        var criteria = db.Criteria.AsNoTracking().Where(c => c.Status == CriterionStatus.Approved);
        criteria = filter.Network
            ? criteria.Where(c => c.ComponentId != null && db.Territories.Any(t => t.Id == c.TerritoryId && t.SharesCriteriaWithNetwork))
            : criteria.Where(c => c.TerritoryId == territoryId);
        if (filter.Unclassified)
        {
            criteria = criteria.Where(c => c.ComponentId == null);
        }

        if (filter.Component is { } component)
        {
            criteria = criteria.Where(c => c.Component!.Code == component);
        }

        if (filter.Family is { } family)
        {
            criteria = criteria.Where(c => c.Component!.Family!.Code == family);
        }

        if (filter.Question is { } question)
        {
            criteria = criteria.Where(c => c.Question == question);
        }

        if (filter.GroupId is { } groupId)
        {
            criteria = criteria.Where(c => c.GroupId == groupId);
        }

        if (filter.Profile is { } profile)
        {
            criteria = criteria.Where(c => c.Group!.Profile == profile);
        }

        if (filter.Kind is { } kind)
        {
            criteria = criteria.Where(c => c.Group!.Kind == kind);
        }

        return criteria;
    }

    private static string? Code(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();
}

/// <summary>The drill-down's filters as a page or the API receives them, before they are checked.</summary>
public sealed record CriteriaQuery(string? Family, string? Component, string? Question, int? GroupId, string? Profile, string? Kind, string? Scope);

/// <summary>
/// One criterion behind a synthesis number: the citizen's words, never who wrote them. The group is
/// given in the territory's own lists only; the network's lists name the territory instead.
/// </summary>
public sealed record SynthesisCriterion(long Id, string Text, string Language, Question Question, string? Component, int? GroupId, string? Group, string? Territory);
