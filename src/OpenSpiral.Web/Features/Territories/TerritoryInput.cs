using System.ComponentModel.DataAnnotations;

namespace OpenSpiral.Web.Features.Territories;

public sealed class TerritoryInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(120, ErrorMessage = "The {0} field must have at most {1} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(80, ErrorMessage = "The {0} field must have at most {1} characters.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "The {0} field may only contain small letters, digits and dashes.")]
    [Display(Name = "Address in the site")]
    public string? Slug { get; set; }

    [Display(Name = "Kind of territory")]
    public TerritoryKind Kind { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "The {0} field must be a two-letter country code such as FR.")]
    [Display(Name = "Country")]
    public string? Country { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [RegularExpression(@"^\s*[a-z]{2,3}(\s*,\s*[a-z]{2,3})*\s*$", ErrorMessage = "The {0} field must list language codes separated by commas, such as fr, nl.")]
    [Display(Name = "Languages")]
    public string? Languages { get; set; }

    [StringLength(4000, ErrorMessage = "The {0} field must have at most {1} characters.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "Membership of the network")]
    public MembershipStatus Membership { get; set; }

    [Display(Name = "Charter signed on")]
    public DateOnly? CharterAdherence { get; set; }

    [Range(1, 100, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Cycle")]
    public int Cycle { get; set; } = 1;

    [Display(Name = "Phase")]
    public CyclePhase Phase { get; set; } = CyclePhase.OrganiseAndMobilise;

    public List<string> LanguageList() =>
        [.. (Languages ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.ToLowerInvariant()).Distinct()];

    public static TerritoryInput From(Territory t) => new()
    {
        Name = t.Name, Slug = t.Slug, Kind = t.Kind, Country = t.Country, Languages = string.Join(", ", t.Languages),
        Description = t.Description, Membership = t.Membership, CharterAdherence = t.CharterAdherence, Cycle = t.Cycle, Phase = t.Phase,
    };

    public void ApplyTo(Territory t)
    {
        t.Name = Name!.Trim();
        t.Slug = Slug!.Trim();
        t.Kind = Kind;
        t.Country = Country!.Trim().ToUpperInvariant();
        t.Languages = LanguageList();
        t.Description = Description?.Trim() ?? "";
        t.Membership = Membership;
        t.CharterAdherence = CharterAdherence;
        t.Cycle = Cycle;
        t.Phase = Phase;
    }
}
