using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.OpenData;

/// <summary>
/// The network's anonymised open data, read by the download files and the API alike. Territories that
/// opted out (<c>SharesOpenData = false</c>) are in no dataset. Downloads stream rows from the database
/// in id order; the API pages the same rows.
/// </summary>
public sealed class OpenDataService(OpenSpiralDbContext db, SurveyResultsService results)
{
    public const string Territories = "territories";
    public const string Criteria = "criteria";
    public const string Indicators = "indicators";
    public const string SurveyResults = "survey-results";
    public const string Actions = "actions";
    public const string LadderRatings = "ladder-ratings";

    public static readonly IReadOnlyList<string> Datasets = [Territories, Criteria, Indicators, SurveyResults, Actions, LadderRatings];

    // Surveys whose results are computed together when a download streams them.
    private const int SurveyBatch = 50;

    public static IReadOnlyList<string> ColumnsOf(string dataset) => dataset switch
    {
        Territories => OpenTerritory.Columns,
        Criteria => OpenCriterion.Columns,
        Indicators => OpenIndicator.Columns,
        SurveyResults => OpenSurveyResult.Columns,
        Actions => OpenAction.Columns,
        LadderRatings => OpenLadderRating.Columns,
        _ => throw new ArgumentOutOfRangeException(nameof(dataset), dataset, null),
    };

    public Task<string> LicenceAsync(CancellationToken cancellationToken) =>
        db.NetworkSettings.AsNoTracking().Select(s => s.OpenDataLicence).FirstAsync(cancellationToken);

    /// <summary>Every row of <paramref name="dataset"/>, streamed.</summary>
    public IAsyncEnumerable<IOpenDataRow> ReadAsync(string dataset, CancellationToken cancellationToken) => dataset switch
    {
        Territories => Stream(TerritoryQuery(), ToTerritory, cancellationToken),
        Criteria => Stream(CriterionQuery(), ToCriterion, cancellationToken),
        Indicators => Stream(IndicatorQuery(), ToIndicator, cancellationToken),
        SurveyResults => StreamSurveyResultsAsync(cancellationToken),
        Actions => Stream(ActionQuery(), ToAction, cancellationToken),
        LadderRatings => Stream(LadderQuery(), r => r, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(dataset), dataset, null),
    };

    public async Task<PagedList<OpenTerritory>> TerritoriesAsync(PageQuery page, CancellationToken cancellationToken) =>
        Map(await TerritoryQuery().ToPagedListAsync(page.Page, page.PageSize, cancellationToken), ToTerritory);

    public async Task<PagedList<OpenCriterion>> CriteriaAsync(PageQuery page, CancellationToken cancellationToken) =>
        Map(await CriterionQuery().ToPagedListAsync(page.Page, page.PageSize, cancellationToken), ToCriterion);

    public async Task<PagedList<OpenIndicator>> IndicatorsAsync(PageQuery page, CancellationToken cancellationToken) =>
        Map(await IndicatorQuery().ToPagedListAsync(page.Page, page.PageSize, cancellationToken), ToIndicator);

    public async Task<PagedList<OpenAction>> ActionsAsync(PageQuery page, CancellationToken cancellationToken) =>
        Map(await ActionQuery().ToPagedListAsync(page.Page, page.PageSize, cancellationToken), ToAction);

    public Task<PagedList<OpenLadderRating>> LadderRatingsAsync(PageQuery page, CancellationToken cancellationToken) =>
        LadderQuery().ToPagedListAsync(page.Page, page.PageSize, cancellationToken);

    public async Task<PagedList<OpenSurveyResult>> SurveyResultsAsync(PageQuery page, CancellationToken cancellationToken)
    {
        var keys = await SurveyIndicatorQuery().ToPagedListAsync(page.Page, page.PageSize, cancellationToken);
        var rows = await SurveyRowsAsync([.. keys.Items.Select(k => k.SurveyId).Distinct()], cancellationToken);
        return new PagedList<OpenSurveyResult>(
            [.. keys.Items.Select(k => rows.First(r => r.SurveyId == k.SurveyId && r.IndicatorId == k.IndicatorId))], keys.Page, keys.PageSize, keys.Total);
    }

    private IQueryable<int> SharingTerritoryIds => db.Territories.Where(t => t.SharesOpenData).Select(t => t.Id);

    private IQueryable<TerritorySource> TerritoryQuery() =>
        db.Territories.AsNoTracking().Where(t => t.SharesOpenData).OrderBy(t => t.Id)
            .Select(t => new TerritorySource(t.Id, t.Name, t.Country, t.Kind, t.Languages, t.Membership, t.Cycle, t.Phase));

    private static OpenTerritory ToTerritory(TerritorySource t) => new(t.Id, t.Name, t.Country, t.Kind, t.Languages, t.Membership, t.Cycle, t.Phase);

    // Approved criteria only: pending and rejected kiosk entries were never accepted by a group.
    private IQueryable<CriterionSource> CriterionQuery() =>
        db.Criteria.AsNoTracking()
            .Where(c => c.Status == CriterionStatus.Approved && SharingTerritoryIds.Contains(c.TerritoryId))
            .OrderBy(c => c.Id)
            .Select(c => new CriterionSource(
                c.Id, c.TerritoryId,
                c.Component != null ? c.Component.Code : null,
                c.Component != null ? c.Component.Family!.Code : null,
                c.Language, c.Question,
                db.Territories.Any(t => t.Id == c.TerritoryId && t.SharesCriteriaWithNetwork) ? c.Text : null,
                c.CreatedAt.Year, c.CreatedAt.Month));

    private static OpenCriterion ToCriterion(CriterionSource c) =>
        new(c.Id, c.TerritoryId, c.Component, c.Family, c.Language, c.Question, c.Text, OpenDataText.Month(c.Year, c.Month));

    // Validated indicators only: drafts are the coordination group's work in progress.
    private IQueryable<IndicatorSource> IndicatorQuery() =>
        db.Indicators.AsNoTracking()
            .Where(i => i.Status == IndicatorStatus.Validated && SharingTerritoryIds.Contains(i.TerritoryId))
            .OrderBy(i => i.Id)
            .Select(i => new IndicatorSource(
                i.Id, i.TerritoryId,
                i.Components.OrderBy(c => c.Component!.Code).Select(c => c.Component!.Code).ToList(),
                i.Title, i.Language,
                i.Levels.OrderBy(l => l.Level).Select(l => l.Statement).ToList()));

    private static OpenIndicator ToIndicator(IndicatorSource i) => new(i.Id, i.TerritoryId, i.Components, i.Title, i.Language, i.Levels);

    // Published actions only: the others have no public page.
    private IQueryable<ActionSource> ActionQuery() =>
        db.Actions.AsNoTracking()
            .Where(a => a.IsPublished && SharingTerritoryIds.Contains(a.TerritoryId))
            .OrderBy(a => a.Id)
            .Select(a => new ActionSource(
                a.Id, a.TerritoryId, a.Title, a.Status, a.IsPilot, a.Cycle,
                a.Components.OrderBy(c => c.Component!.Code).Select(c => c.Component!.Code).ToList(),
                a.StartsOn, a.EndsOn));

    private static OpenAction ToAction(ActionSource a) => new(a.Id, a.TerritoryId, a.Title, a.Status, a.Pilot, a.Cycle, a.Components, a.StartsOn, a.EndsOn);

    // Ratings of published actions and of plans; the justification (members' free text) stays out.
    private IQueryable<OpenLadderRating> LadderQuery() =>
        db.LadderRatings.AsNoTracking()
            .Where(r => SharingTerritoryIds.Contains(r.TerritoryId) && (r.PlanId != null || db.Actions.Any(a => a.Id == r.ActionId && a.IsPublished)))
            .OrderBy(r => r.Id)
            .Select(r => new OpenLadderRating(r.Id, r.TerritoryId, r.ActionId, r.PlanId, r.Cycle, r.RatedOn, r.Rung, r.CoGovernance, r.CoProduction, r.CoManagement));

    // Closed surveys only: an open survey's figures still move.
    private IQueryable<SurveyIndicatorKey> SurveyIndicatorQuery() =>
        db.Surveys.AsNoTracking()
            .Where(s => s.Status == SurveyStatus.Closed && SharingTerritoryIds.Contains(s.TerritoryId))
            .SelectMany(s => s.Indicators, (s, i) => new { SurveyId = s.Id, i.IndicatorId, i.Position })
            .OrderBy(k => k.SurveyId).ThenBy(k => k.Position)
            .Select(k => new SurveyIndicatorKey(k.SurveyId, k.IndicatorId, k.Position));

    private async IAsyncEnumerable<IOpenDataRow> StreamSurveyResultsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lastId = 0;
        while (true)
        {
            var surveyIds = await db.Surveys.AsNoTracking()
                .Where(s => s.Id > lastId && s.Status == SurveyStatus.Closed && SharingTerritoryIds.Contains(s.TerritoryId))
                .OrderBy(s => s.Id).Select(s => s.Id).Take(SurveyBatch).ToListAsync(cancellationToken);
            if (surveyIds.Count == 0)
            {
                yield break;
            }

            foreach (var row in await SurveyRowsAsync(surveyIds, cancellationToken))
            {
                yield return row;
            }

            lastId = surveyIds[^1];
        }
    }

    // The small cells are hidden by the survey results service itself (decision 0014), as on every results page.
    private async Task<List<OpenSurveyResult>> SurveyRowsAsync(List<int> surveyIds, CancellationToken cancellationToken)
    {
        if (surveyIds.Count == 0)
        {
            return [];
        }

        var closing = await db.Surveys.AsNoTracking().Where(s => surveyIds.Contains(s.Id))
            .Select(s => new { s.Id, s.ClosesOn }).ToDictionaryAsync(s => s.Id, s => s.ClosesOn, cancellationToken);
        var loaded = await results.LoadManyAsync(surveyIds, "en", cancellationToken);
        return [.. loaded.OrderBy(r => r.Survey.Id).SelectMany(r => r.Indicators.Select(i => new OpenSurveyResult(
            r.Survey.Id, r.Survey.TerritoryId, i.Indicator.IndicatorId,
            closing.GetValueOrDefault(r.Survey.Id) is { } closed ? OpenDataText.Month(closed.Year, closed.Month) : null,
            i.Figures.Suppressed, i.Figures.Answered, i.Figures.Distribution, i.Figures.WishedAnswered, i.Figures.Wished)))];
    }

    private static async IAsyncEnumerable<IOpenDataRow> Stream<TSource, TRow>(IQueryable<TSource> query, Func<TSource, TRow> map, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TRow : IOpenDataRow
    {
        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return map(row);
        }
    }

    private static PagedList<TRow> Map<TSource, TRow>(PagedList<TSource> page, Func<TSource, TRow> map) =>
        new([.. page.Items.Select(map)], page.Page, page.PageSize, page.Total);

    private sealed record TerritorySource(int Id, string Name, string Country, Territories.TerritoryKind Kind, List<string> Languages, Territories.MembershipStatus Membership, int Cycle, Territories.CyclePhase Phase);

    private sealed record CriterionSource(long Id, int TerritoryId, string? Component, string? Family, string Language, Question Question, string? Text, int Year, int Month);

    private sealed record IndicatorSource(int Id, int TerritoryId, List<string> Components, string Title, string Language, List<string> Levels);

    private sealed record ActionSource(int Id, int TerritoryId, string Title, Actions.ActionStatus Status, bool Pilot, int Cycle, List<string> Components, DateOnly? StartsOn, DateOnly? EndsOn);

    private sealed record SurveyIndicatorKey(int SurveyId, int IndicatorId, int Position);
}
