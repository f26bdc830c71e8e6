using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Network;

/// <summary>
/// The network's shared database of criteria: approved, classified criteria of the territories that
/// share with the network, for comparison and research.
/// </summary>
public static class SharedCriteria
{
    public static async Task<PagedList<SharedCriterion>> PageAsync(
        OpenSpiralDbContext db, string? component, string? language, Question? question, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Criteria.AsNoTracking().Where(c =>
            c.Status == CriterionStatus.Approved && c.ComponentId != null &&
            db.Territories.Any(t => t.Id == c.TerritoryId && t.SharesCriteriaWithNetwork));
        if (!string.IsNullOrWhiteSpace(component))
        {
            var code = component.Trim().ToUpperInvariant();
            query = query.Where(c => c.Component!.Code == code);
        }

        if (!string.IsNullOrWhiteSpace(language))
        {
            var code = language.Trim().ToLowerInvariant();
            query = query.Where(c => c.Language == code);
        }

        if (question is not null)
        {
            query = query.Where(c => c.Question == question);
        }

        return await query.OrderByDescending(c => c.Id).ToPagedListAsync(
            c => new SharedCriterion(c.Id, c.Text, c.Language, c.Question, c.Component!.Code, db.Territories.Where(t => t.Id == c.TerritoryId).Select(t => t.Name).First()),
            page, pageSize, cancellationToken);
    }
}
