namespace OpenSpiral.Web.Features.Surveys;

/// <summary>A survey's results as every page, export and the API show them, small cells already hidden (see <see cref="SurveyResultsSmallCells"/>).</summary>
public sealed record SurveyResults(SurveyOutline Survey, int Responses, IReadOnlyList<IndicatorResult> Indicators, ProfileBreakdown? Breakdown)
{
    /// <summary>
    /// From most well-being to most ill-being: by the share at levels 4–5 (descending), then by the share at
    /// levels 1–2 (ascending), then in the survey's order. Indicators whose figures are hidden come last.
    /// No single score is invented: the two shares stay side by side with the distributions.
    /// </summary>
    public IReadOnlyList<IndicatorResult> Ranking =>
    [
        .. Indicators.Where(i => !i.Figures.Suppressed)
            .OrderByDescending(i => i.Figures.WellBeingShare).ThenBy(i => i.Figures.IllBeingShare),
        .. Indicators.Where(i => i.Figures.Suppressed),
    ];
}

public sealed record SurveyOutline(
    int Id, int TerritoryId, string Title, SurveyStatus Status, DateOnly? OpensOn, DateOnly? ClosesOn, bool AsksWished,
    IReadOnlyList<SurveyIndicatorOutline> Indicators, IReadOnlyList<ProfileQuestionOutline> ProfileQuestions)
{
    /// <summary>Results of a survey still open (or not yet opened) may change: pages mark them provisional.</summary>
    public bool Provisional => Status != SurveyStatus.Closed;
}

/// <summary>An indicator as asked in a survey: its title in the reader's language when translated, and its first component's code.</summary>
public sealed record SurveyIndicatorOutline(int IndicatorId, string Title, string Language, string? Component);

public sealed record ProfileQuestionOutline(int Id, ProfileQuestionKind Kind, IReadOnlyList<ProfileOptionOutline> Options);

public sealed record ProfileOptionOutline(int Id, string Label);

public sealed record IndicatorResult(SurveyIndicatorOutline Indicator, ResultCell Figures);

/// <summary>The same figures per option of one profile question, per indicator.</summary>
public sealed record ProfileBreakdown(ProfileQuestionOutline Question, IReadOnlyList<BreakdownRow> Rows);

public sealed record BreakdownRow(IndicatorResult Total, IReadOnlyList<BreakdownCell> Cells);

public sealed record BreakdownCell(ProfileOptionOutline Option, ResultCell Figures);
