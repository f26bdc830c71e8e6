using System.ComponentModel.DataAnnotations;

namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>The form of a new kiosk campaign.</summary>
public sealed class CampaignInput
{
    [Display(Name = "Title")]
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(120, ErrorMessage = "The {0} field must have at most {1} characters.")]
    public string? Title { get; set; }

    [Display(Name = "Group that receives the ideas")]
    [Required(ErrorMessage = "The {0} field is required.")]
    public int? GroupId { get; set; }

    [Display(Name = "Open now")]
    public bool IsOpen { get; set; } = true;
}
