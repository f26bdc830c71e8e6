using System.ComponentModel.DataAnnotations;

namespace OpenSpiral.Web.Features.Members;

/// <summary>An invitation by mail, as an API client sends it: the fields and checks of the page's "Add a member" form.</summary>
public sealed class InvitationRequest
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [EmailAddress(ErrorMessage = "The {0} field is not a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The {0} field must have at most {1} characters.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Role in the coordination group")]
    public TerritoryRole? Role { get; set; }

    [Display(Name = "Stakeholder type")]
    public StakeholderType StakeholderType { get; set; } = StakeholderType.Other;

    [StringLength(200, ErrorMessage = "The {0} field must have at most {1} characters.")]
    [Display(Name = "Organisation or function")]
    public string? Organisation { get; set; }
}
