namespace OpenSpiral.Web.Features.Surveys;

/// <summary>What one respondent sends: a place on some indicators and some profile answers; everything may be skipped.</summary>
public sealed record SurveySubmission(IReadOnlyList<SubmittedAnswer> Answers, IReadOnlyDictionary<string, string?> Profile);

/// <summary>Where the respondent is now and wishes to be on one indicator (levels 1–5; null: skipped).</summary>
public sealed record SubmittedAnswer(int IndicatorId, int? Current, int? Wished);

/// <summary>What answering a survey needs to know of it, read once per submission.</summary>
public sealed record SurveyRules(
    int Id, int TerritoryId, SurveyStatus Status, DateOnly? OpensOn, DateOnly? ClosesOn, bool AsksWished,
    IReadOnlyList<int> IndicatorIds, IReadOnlyList<ProfileRule> Questions);

public sealed record ProfileRule(int Id, ProfileQuestionKind Kind, IReadOnlyList<ProfileOptionRule> Options)
{
    /// <summary>The key of this question in a submission's profile: the kind in camelCase (ageBand, gender, neighbourhood, group).</summary>
    public string Key => SurveySubmissions.ProfileKey(Kind);
}

public sealed record ProfileOptionRule(int Id, string Label);

/// <summary>Whether a survey takes answers today, and if not, why (what a citizen is told).</summary>
public enum SurveyAvailability
{
    /// <summary>No such survey, or still a draft: nothing is said about it.</summary>
    Unknown,

    /// <summary>Open, but its first day has not come yet.</summary>
    NotYetOpen,

    Open,

    /// <summary>Closed by hand, or its last day has passed.</summary>
    Closed,
}

/// <summary>A stored response as its submitter sees it, the first time and on every retry with the same key.</summary>
public sealed record StoredResponse(Guid Id, DateOnly AnsweredOn);

/// <summary>A refused field, named as the API names it (<c>answers[0].current</c>, <c>profile.ageBand</c>).</summary>
public sealed record SubmissionError(string Field, string Message);

public enum SubmissionOutcome
{
    Saved,

    /// <summary>The key was seen before: the stored response is answered, nothing changed.</summary>
    Replayed,
    Invalid,
    NotAccepting,
}

public sealed record SubmissionResult(SubmissionOutcome Outcome, StoredResponse? Response, IReadOnlyList<SubmissionError> Errors, SurveyAvailability Availability)
{
    public bool Stored => Outcome is SubmissionOutcome.Saved or SubmissionOutcome.Replayed;
}
