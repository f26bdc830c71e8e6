using System.ComponentModel.DataAnnotations;

namespace OpenSpiral.Web.Features.Criteria;

/// <summary>A criterion sent to the API.</summary>
public sealed class CriterionInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    public int? GroupId { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    public Question? Question { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(Criterion.MaxTextLength, ErrorMessage = "The {0} field must have at most {1} characters.")]
    public string? Text { get; set; }

    [RegularExpression("^[a-z]{2,3}$", ErrorMessage = "The {0} field must be a language code such as en or fr.")]
    public string? Language { get; set; }
}
