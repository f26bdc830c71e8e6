namespace OpenSpiral.Web.Features.Surveys;

/// <summary>A survey as the API answers it and the workspace pages show it.</summary>
public sealed record SurveyDetails(
    int Id,
    int TerritoryId,
    string Title,
    string Introduction,
    SurveyStatus Status,
    List<int> IndicatorIds,
    DateOnly? OpensOn,
    DateOnly? ClosesOn,
    string PublicUrl,
    List<string> Languages,
    bool AsksWished,
    List<SurveyProfileQuestionDetails> ProfileQuestions,
    int ResponseCount,
    bool AcceptingAnswers,
    List<MissingTranslation> MissingTranslations);

public sealed record SurveyProfileQuestionDetails(ProfileQuestionKind Kind, List<string> Options);

/// <summary>A chosen indicator that has no translation in one of the survey's languages: its main text is shown instead.</summary>
public sealed record MissingTranslation(int IndicatorId, string Language);
