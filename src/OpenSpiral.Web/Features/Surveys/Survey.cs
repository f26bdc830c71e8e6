using OpenSpiral.Web.Features.Indicators;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>
/// A citizens' self-survey: for each chosen validated indicator, respondents read the five
/// situations and say where they are now and, optionally, where they wish to be. Answers are
/// anonymous (see <see cref="SurveyResponse"/>).
/// </summary>
public class Survey
{
    public const int MaxTitleLength = 200;
    public const int MaxIntroductionLength = 2000;

    public int Id { get; set; }
    public int TerritoryId { get; set; }

    /// <summary>The public, unguessable part of the survey's address (<c>/s/{code}</c>).</summary>
    public required string Code { get; set; }

    public required string Title { get; set; }

    /// <summary>An optional word to respondents shown above the questions.</summary>
    public string Introduction { get; set; } = "";

    public SurveyStatus Status { get; set; } = SurveyStatus.Draft;

    /// <summary>First day answers are accepted (inclusive); null: as soon as it is open.</summary>
    public DateOnly? OpensOn { get; set; }

    /// <summary>Last day answers are accepted (inclusive); null: until closed by hand.</summary>
    public DateOnly? ClosesOn { get; set; }

    /// <summary>ISO 639-1 codes the survey is offered in; the first is its main language.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Whether respondents are also asked where they wish to be.</summary>
    public bool AsksWished { get; set; } = true;

    /// <summary>The indicators asked, in <see cref="SurveyIndicator.Position"/> order.</summary>
    public List<SurveyIndicator> Indicators { get; set; } = [];

    /// <summary>Optional coarse profile questions, never free text.</summary>
    public List<SurveyProfileQuestion> ProfileQuestions { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum SurveyStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
}

public class SurveyIndicator
{
    public int SurveyId { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }

    /// <summary>0-based order of the question, the same online and on paper.</summary>
    public int Position { get; set; }
}

/// <summary>What a profile question is about; each kind has fixed or territory-defined coarse options.</summary>
public enum ProfileQuestionKind
{
    AgeBand = 1,
    Gender = 2,
    Neighbourhood = 3,
    Group = 4,
}

public class SurveyProfileQuestion
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public ProfileQuestionKind Kind { get; set; }
    public int Position { get; set; }
    public List<SurveyProfileOption> Options { get; set; } = [];
}

/// <summary>
/// One answer choice of a profile question. For fixed kinds (age band, gender) <see cref="Label"/>
/// is a stable key (e.g. <c>30-44</c>, <c>woman</c>) shown in the reader's language; for
/// neighbourhoods and groups it is the name the territory gave.
/// </summary>
public class SurveyProfileOption
{
    public const int MaxLabelLength = 100;

    public int Id { get; set; }
    public int QuestionId { get; set; }
    public int Position { get; set; }
    public required string Label { get; set; }
}

/// <summary>How an answer reached the survey.</summary>
public enum ResponseChannel
{
    Online = 1,

    /// <summary>A returned paper questionnaire typed in by a facilitator.</summary>
    Paper = 2,
}

/// <summary>
/// One respondent's answers. Deliberately holds nothing that could lead back to a person: a random
/// id (not a sequence, which would give the order of arrival), the day only, the channel, and the
/// hash of the client's idempotency key (a random value the form or client made up for that one
/// submission) so that a retried submission is counted once. No IP address, account, user agent or
/// time of day.
/// </summary>
public class SurveyResponse
{
    public Guid Id { get; set; }
    public int SurveyId { get; set; }
    public DateOnly AnsweredOn { get; set; }
    public ResponseChannel Channel { get; set; } = ResponseChannel.Online;

    /// <summary>SHA-256 (hex) of the submission's idempotency key; unique per survey.</summary>
    public required string SubmissionKeyHash { get; set; }

    public List<SurveyAnswer> Answers { get; set; } = [];
    public List<SurveyResponseProfile> Profile { get; set; } = [];
}

/// <summary>Where a respondent places themselves on one indicator (levels 1–5); a skipped question has no row, or null levels.</summary>
public class SurveyAnswer
{
    public Guid ResponseId { get; set; }

    /// <summary>The response's survey, copied onto each answer so that results read one covering index instead of joining on the response's GUID.</summary>
    public int SurveyId { get; set; }

    public int IndicatorId { get; set; }
    public int? Current { get; set; }
    public int? Wished { get; set; }
}

/// <summary>The option a respondent chose for one profile question (a skipped question has no row).</summary>
public class SurveyResponseProfile
{
    public Guid ResponseId { get; set; }
    public int QuestionId { get; set; }
    public int OptionId { get; set; }
}
