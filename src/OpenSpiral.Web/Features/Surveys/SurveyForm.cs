using System.ComponentModel.DataAnnotations;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>The survey form of the pages: the <see cref="SurveyInput"/> in checkboxes and position numbers, usable without JavaScript.</summary>
public sealed class SurveyForm
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(Survey.MaxTitleLength, ErrorMessage = "The {0} field must have at most {1} characters.")]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [StringLength(Survey.MaxIntroductionLength, ErrorMessage = "The {0} field must have at most {1} characters.")]
    [Display(Name = "Introduction")]
    public string? Introduction { get; set; }

    [Display(Name = "Indicators")]
    public List<IndicatorChoice> Indicators { get; set; } = [];

    [Display(Name = "Languages")]
    public List<string> Languages { get; set; } = [];

    [Display(Name = "Main language")]
    public string? MainLanguage { get; set; }

    [Display(Name = "Also ask where respondents wish to be")]
    public bool AsksWished { get; set; } = true;

    [Display(Name = "Opens on")]
    public DateOnly? OpensOn { get; set; }

    [Display(Name = "Closes on")]
    public DateOnly? ClosesOn { get; set; }

    [Display(Name = "Age band")]
    public bool AskAgeBand { get; set; }

    [Display(Name = "Gender")]
    public bool AskGender { get; set; }

    [Display(Name = "Neighbourhood")]
    public bool AskNeighbourhood { get; set; }

    [Display(Name = "Homogeneous group")]
    public bool AskGroup { get; set; }

    [StringLength(6000, ErrorMessage = "The {0} field must have at most {1} characters.")]
    [Display(Name = "Neighbourhoods, one per line")]
    public string? Neighbourhoods { get; set; }

    /// <summary>The chosen indicators by their position number (unnumbered ones last, in the list's order), the main language first.</summary>
    public SurveyInput ToInput(SurveyStatus? status = null)
    {
        var questions = new List<ProfileQuestionInput>();
        if (AskAgeBand)
        {
            questions.Add(new() { Kind = ProfileQuestionKind.AgeBand });
        }

        if (AskGender)
        {
            questions.Add(new() { Kind = ProfileQuestionKind.Gender });
        }

        if (AskNeighbourhood)
        {
            questions.Add(new() { Kind = ProfileQuestionKind.Neighbourhood, Options = [Neighbourhoods ?? ""] });
        }

        if (AskGroup)
        {
            questions.Add(new() { Kind = ProfileQuestionKind.Group });
        }

        var languages = Languages.Distinct().ToList();
        if (MainLanguage is not null && languages.Remove(MainLanguage))
        {
            languages.Insert(0, MainLanguage);
        }

        return new SurveyInput
        {
            Title = Title,
            Introduction = Introduction,
            IndicatorIds = [.. Indicators.Select((choice, index) => (choice, index)).Where(c => c.choice.Chosen)
                .OrderBy(c => c.choice.Position ?? int.MaxValue).ThenBy(c => c.index).Select(c => c.choice.IndicatorId)],
            Languages = languages,
            AsksWished = AsksWished,
            OpensOn = OpensOn,
            ClosesOn = ClosesOn,
            ProfileQuestions = questions,
            Status = status,
        };
    }

    /// <summary>The form of a saved survey: every offered indicator, the chosen ones numbered in their order.</summary>
    public static SurveyForm From(SurveyDetails survey, IEnumerable<int> offered) => new()
    {
        Title = survey.Title,
        Introduction = survey.Introduction,
        Indicators = [.. offered.Select(id => new IndicatorChoice
        {
            IndicatorId = id,
            Chosen = survey.IndicatorIds.Contains(id),
            Position = survey.IndicatorIds.IndexOf(id) is var i and >= 0 ? i + 1 : null,
        })],
        Languages = survey.Languages,
        MainLanguage = survey.Languages.FirstOrDefault(),
        AsksWished = survey.AsksWished,
        OpensOn = survey.OpensOn,
        ClosesOn = survey.ClosesOn,
        AskAgeBand = survey.ProfileQuestions.Any(q => q.Kind == ProfileQuestionKind.AgeBand),
        AskGender = survey.ProfileQuestions.Any(q => q.Kind == ProfileQuestionKind.Gender),
        AskGroup = survey.ProfileQuestions.Any(q => q.Kind == ProfileQuestionKind.Group),
        AskNeighbourhood = survey.ProfileQuestions.Any(q => q.Kind == ProfileQuestionKind.Neighbourhood),
        Neighbourhoods = string.Join('\n', survey.ProfileQuestions.FirstOrDefault(q => q.Kind == ProfileQuestionKind.Neighbourhood)?.Options ?? []),
    };

    /// <summary>Where a service error about <paramref name="field"/> shows on the form.</summary>
    public static string FieldOf(string field) => field switch
    {
        nameof(SurveyInput.IndicatorIds) => nameof(Indicators),
        nameof(SurveyInput.Status) => nameof(Indicators),
        _ when field.StartsWith(nameof(SurveyInput.ProfileQuestions), StringComparison.Ordinal) => nameof(Neighbourhoods),
        _ => field,
    };
}

public sealed class IndicatorChoice
{
    public int IndicatorId { get; set; }

    public bool Chosen { get; set; }

    [Range(1, SurveyService.MaxIndicators, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Position")]
    public int? Position { get; set; }
}
