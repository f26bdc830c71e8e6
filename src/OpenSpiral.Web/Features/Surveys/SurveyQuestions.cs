namespace OpenSpiral.Web.Features.Surveys;

/// <summary>
/// The questions of a survey in one of its languages, in the order every channel asks them: the
/// indicators by position, then the profile questions. Online answering and the paper questionnaire
/// both take them from <see cref="SurveyService.QuestionsAsync"/>, so the two never differ.
/// </summary>
public sealed record SurveyQuestions(int SurveyId, string Title, string Introduction, string Language, bool AsksWished, IReadOnlyList<IndicatorQuestion> Indicators, IReadOnlyList<ProfileQuestion> Profile);

/// <summary>One indicator to place oneself on: its title and five situations (levels 1 to 5), in <see cref="TextLanguage"/>.</summary>
public sealed record IndicatorQuestion(int IndicatorId, int Number, string Title, IReadOnlyList<string> Situations, string TextLanguage);

/// <summary>One profile question with its options; fixed options are keys to show through <see cref="SurveyProfileOptions.Text"/>.</summary>
public sealed record ProfileQuestion(int QuestionId, ProfileQuestionKind Kind, IReadOnlyList<ProfileChoice> Options);

public sealed record ProfileChoice(int OptionId, string Label);
