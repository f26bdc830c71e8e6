using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>The coarse options of the profile questions: fixed keys for age bands and genders, shown in the reader's language.</summary>
public static class SurveyProfileOptions
{
    public const int MaxNeighbourhoods = 50;

    public static readonly IReadOnlyList<string> AgeBands = ["under-18", "18-29", "30-44", "45-64", "65-plus"];

    public static readonly IReadOnlyList<string> Genders = ["woman", "man", "another", "prefer-not-to-say"];

    /// <summary>Whether the options of <paramref name="kind"/> are fixed keys (translated) rather than names the territory gave.</summary>
    public static bool IsFixed(ProfileQuestionKind kind) => kind is ProfileQuestionKind.AgeBand or ProfileQuestionKind.Gender;

    /// <summary>What a respondent reads for an option: the translated key of a fixed option, the name itself otherwise.</summary>
    public static string Text(IStringLocalizer l, ProfileQuestionKind kind, string label)
    {
        if (!IsFixed(kind))
        {
            return label;
        }

        // A key outside the fixed lists (data entered through the API or older surveys) is shown as stored.
        var text = l[$"ProfileOption.{label}"];
        return text.ResourceNotFound ? label : text.Value;
    }

    /// <summary>
    /// Every wording of a profile question kind, in one table: its short name (the survey form, the
    /// results' "by" choice and column heading), the question a respondent reads (page and paper), and
    /// the caption of the results broken down by it.
    /// </summary>
    public static ProfileKindWording Wording(IStringLocalizer l, ProfileQuestionKind kind) => kind switch
    {
        ProfileQuestionKind.AgeBand => new(l["Age band"], l["ProfileQuestion.AgeBand"], l["Where respondents are now, by age band"]),
        ProfileQuestionKind.Gender => new(l["Gender"], l["ProfileQuestion.Gender"], l["Where respondents are now, by gender"]),
        ProfileQuestionKind.Neighbourhood => new(l["Neighbourhood"], l["ProfileQuestion.Neighbourhood"], l["Where respondents are now, by neighbourhood"]),
        _ => new(l["Homogeneous group"], l["ProfileQuestion.Group"], l["Where respondents are now, by group"]),
    };

    /// <summary>The question a respondent reads for a kind.</summary>
    public static string Question(IStringLocalizer l, ProfileQuestionKind kind) => Wording(l, kind).Question;
}

/// <summary>How a profile question kind is worded: see <see cref="SurveyProfileOptions.Wording"/>.</summary>
public sealed record ProfileKindWording(string Name, string Question, string Caption);
