using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OpenSpiral.Web.Features.Members;

// Role and type must be posted: a post without them would silently make the member a
// facilitator of type "other".
public sealed class MemberInput
{
    [BindRequired]
    [Display(Name = "Role in the coordination group")]
    public TerritoryRole Role { get; set; } = TerritoryRole.Facilitator;

    [BindRequired]
    [Display(Name = "Stakeholder type")]
    public StakeholderType StakeholderType { get; set; } = StakeholderType.Other;

    [StringLength(200, ErrorMessage = "The {0} field must have at most {1} characters.")]
    [Display(Name = "Organisation or function")]
    public string? Organisation { get; set; }
}
