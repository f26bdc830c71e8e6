using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Territories;

/// <summary>
/// The directory's filters, combinable: a name, a country, a membership status, a phase reached
/// (in the current cycle, or any territory in a later cycle) and a language spoken.
/// </summary>
public sealed record DirectoryFilter(string? Name, string? Country, MembershipStatus? Membership, CyclePhase? PhaseReached, string? Language)
{
    public static readonly DirectoryFilter None = new(null, null, null, null, null);

    /// <summary>Reads the filters as the query string gives them; each wrong one is named in <paramref name="errors"/>.</summary>
    public static DirectoryFilter Parse(string? name, string? country, string? membership, string? phase, string? language, Dictionary<string, string[]> errors, IStringLocalizer l)
    {
        var status = EnumNames.Parse<MembershipStatus>(membership);
        if (!string.IsNullOrWhiteSpace(membership) && status is null)
        {
            errors["membership"] = [l["{0} is not a membership status: use none, sympathiser or member.", membership]];
        }

        var reached = EnumNames.Parse<CyclePhase>(phase);
        if (!string.IsNullOrWhiteSpace(phase) && reached is null)
        {
            errors["phase"] = [l["{0} is not a phase of the cycle.", phase]];
        }

        var countryCode = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
        if (countryCode is not null && (countryCode.Length != 2 || !countryCode.All(char.IsAsciiLetterUpper)))
        {
            errors["country"] = [l["The {0} field must be a two-letter country code such as FR.", "country"]];
            countryCode = null;
        }

        var languageCode = string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant();
        return new DirectoryFilter(string.IsNullOrWhiteSpace(name) ? null : name.Trim(), countryCode, status, reached, languageCode);
    }

    public bool IsEmpty => this == None;
}
