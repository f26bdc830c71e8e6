using System.ComponentModel.DataAnnotations;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>What a coordination group decides about a survey; shared by the pages and the API (PUT sends it whole).</summary>
public sealed class SurveyInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(Survey.MaxTitleLength, ErrorMessage = "The {0} field must have at most {1} characters.")]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [StringLength(Survey.MaxIntroductionLength, ErrorMessage = "The {0} field must have at most {1} characters.")]
    [Display(Name = "Introduction")]
    public string? Introduction { get; set; }

    /// <summary>The territory's validated indicators to ask, in the order of the questions.</summary>
    [Display(Name = "Indicators")]
    public List<int> IndicatorIds { get; set; } = [];

    /// <summary>A subset of the territory's languages; the first is the survey's main language. Empty: the territory's main language.</summary>
    [Display(Name = "Languages")]
    public List<string> Languages { get; set; } = [];

    [Display(Name = "Also ask where respondents wish to be")]
    public bool AsksWished { get; set; } = true;

    [Display(Name = "Opens on")]
    public DateOnly? OpensOn { get; set; }

    [Display(Name = "Closes on")]
    public DateOnly? ClosesOn { get; set; }

    [Display(Name = "Profile questions")]
    public List<ProfileQuestionInput> ProfileQuestions { get; set; } = [];

    /// <summary>API only: the status to move to (null or the current one: unchanged).</summary>
    public SurveyStatus? Status { get; set; }
}

/// <summary>
/// One profile question. Age bands and genders have fixed options (sent options are ignored); groups
/// take the territory's homogeneous groups; neighbourhoods take the names sent here.
/// </summary>
public sealed class ProfileQuestionInput
{
    public ProfileQuestionKind Kind { get; set; }

    public List<string> Options { get; set; } = [];
}
