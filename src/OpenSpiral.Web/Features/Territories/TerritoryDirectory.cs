using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Territories;

/// <summary>The network's directory of territories, shared by the directory page, the map and the API.</summary>
public sealed class TerritoryDirectory(OpenSpiralDbContext db)
{
    public IQueryable<Territory> Filter(DirectoryFilter filter)
    {
        var query = db.Territories.AsNoTracking();
        if (filter.Name is { } name)
        {
            var pattern = $"%{name.ToLowerInvariant()}%";
            query = query.Where(t => EF.Functions.Like(t.Name.ToLower(), pattern));
        }

        if (filter.Country is { } country)
        {
            query = query.Where(t => t.Country == country);
        }

        if (filter.Membership is { } membership)
        {
            query = query.Where(t => t.Membership == membership);
        }

        if (filter.PhaseReached is { } reached)
        {
            // Phases are stored by name: "reached" is the list of that phase and the ones after it.
            var phases = Enum.GetValues<CyclePhase>().Where(p => p >= reached).ToList();
            query = query.Where(t => t.Cycle > 1 || phases.Contains(t.Phase));
        }

        if (filter.Language is { } language)
        {
            query = query.Where(t => t.Languages.Contains(language));
        }

        return query;
    }

    /// <summary>One page of the directory, each territory with its key figures, in one statement for the page (plus the count).</summary>
    public Task<PagedList<DirectoryEntry>> PageAsync(DirectoryFilter filter, int page, int pageSize, CancellationToken cancellationToken) =>
        Filter(filter).OrderBy(t => t.Name).ThenBy(t => t.Id).ToPagedListAsync(t => new DirectoryEntry(
            t.Id, t.Name, t.Slug, t.Kind, t.Country, t.Languages, t.Description, t.Membership, t.CharterAdherence, t.Cycle, t.Phase, t.Groups.Count,
            t.DescriptionTranslations.OrderBy(d => d.Language).Select(d => new LocalizedText(d.Language, d.Text)).ToList(),
            new TerritoryKeyFigures(
                t.Groups.Count,
                db.Criteria.Count(c => c.TerritoryId == t.Id && c.Status == CriterionStatus.Approved),
                db.Indicators.Count(i => i.TerritoryId == t.Id && i.Status == IndicatorStatus.Validated),
                db.Surveys.Count(s => s.TerritoryId == t.Id && s.Status != SurveyStatus.Draft),
                db.Actions.Count(a => a.TerritoryId == t.Id && a.IsPublished)),
            t.Latitude, t.Longitude, t.CoordinatesNetwork), page, pageSize, cancellationToken);

    /// <summary>The values the filters offer: countries and languages of the territories listed.</summary>
    public async Task<(List<string> Countries, List<string> Languages)> ChoicesAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Territories.AsNoTracking().Select(t => new { t.Country, t.Languages }).ToListAsync(cancellationToken);
        return ([.. rows.Select(r => r.Country).Distinct().Order(StringComparer.Ordinal)],
                [.. rows.SelectMany(r => r.Languages).Distinct().Order(StringComparer.Ordinal)]);
    }
}
