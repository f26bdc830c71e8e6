using System.ComponentModel.DataAnnotations;

namespace OpenSpiral.Web.Features.Groups;

/// <summary>What a coordination group writes about a homogeneous group; shared by the pages and the API.</summary>
public sealed class GroupInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(120, ErrorMessage = "The {0} field must have at most {1} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "The {0} field must have at most {1} characters.")]
    [Display(Name = "Profile")]
    public string? Profile { get; set; }

    [Display(Name = "Kind of group")]
    public GroupKind Kind { get; set; }

    [Range(0, 1000, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Number of participants")]
    public int ParticipantCount { get; set; }

    [RegularExpression("^[a-z]{2,3}$", ErrorMessage = "The {0} field must be a language code such as en or fr.")]
    [Display(Name = "Language")]
    public string? Language { get; set; }

    [Range(0, 1000, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Women")]
    public int? Women { get; set; }

    [Range(0, 1000, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Men")]
    public int? Men { get; set; }

    [Range(0, 1000, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Other or not said")]
    public int? OtherGender { get; set; }

    [Range(0, 1000, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Under 18")]
    public int? AgeUnder18 { get; set; }

    [Range(0, 1000, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "18 to 29")]
    public int? Age18To29 { get; set; }

    [Range(0, 1000, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "30 to 44")]
    public int? Age30To44 { get; set; }

    [Range(0, 1000, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "45 to 64")]
    public int? Age45To64 { get; set; }

    [Range(0, 1000, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "65 and over")]
    public int? Age65Plus { get; set; }

    [Display(Name = "Meeting dates")]
    public List<DateOnly?> MeetingDates { get; set; } = [];

    [Display(Name = "Facilitators")]
    public List<int> FacilitatorMemberIds { get; set; } = [];

    /// <summary>Confirms new meeting dates more than a year ahead, which are otherwise questioned as likely typos.</summary>
    [Display(Name = "Yes, this date is right")]
    public bool ConfirmDistantMeetingDates { get; set; }

    public ParticipantCounts ToCounts() => new()
    {
        Women = Women, Men = Men, OtherGender = OtherGender,
        AgeUnder18 = AgeUnder18, Age18To29 = Age18To29, Age30To44 = Age30To44, Age45To64 = Age45To64, Age65Plus = Age65Plus,
    };

    public static GroupInput From(HomogeneousGroup group) => new()
    {
        Name = group.Name,
        Profile = group.Profile,
        Kind = group.Kind,
        ParticipantCount = group.ParticipantCount,
        Language = group.Language,
        Women = group.Counts.Women,
        Men = group.Counts.Men,
        OtherGender = group.Counts.OtherGender,
        AgeUnder18 = group.Counts.AgeUnder18,
        Age18To29 = group.Counts.Age18To29,
        Age30To44 = group.Counts.Age30To44,
        Age45To64 = group.Counts.Age45To64,
        Age65Plus = group.Counts.Age65Plus,
        MeetingDates = [.. group.Meetings.OrderBy(m => m.Date).Select(m => (DateOnly?)m.Date)],
        FacilitatorMemberIds = [.. group.Facilitators.Select(f => f.MemberId)],
    };
}
