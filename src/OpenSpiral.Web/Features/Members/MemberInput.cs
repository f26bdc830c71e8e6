using System.ComponentModel.DataAnnotations;

namespace OpenSpiral.Web.Features.Members;

public sealed class MemberInput
{
    [Display(Name = "Role in the coordination group")]
    public TerritoryRole Role { get; set; } = TerritoryRole.Facilitator;

    [Display(Name = "Stakeholder type")]
    public StakeholderType StakeholderType { get; set; } = StakeholderType.Other;

    [StringLength(200, ErrorMessage = "The {0} field must have at most {1} characters.")]
    [Display(Name = "Organisation or function")]
    public string? Organisation { get; set; }
}
