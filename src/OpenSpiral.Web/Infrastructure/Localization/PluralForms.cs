using System.Globalization;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Infrastructure.Localization;

/// <summary>
/// Chooses the singular or plural sentence of a count as the reader's language says (CLDR rules):
/// English is singular for 1 only, French for 0 and 1 ("0 borne", "1 borne", "2 bornes").
/// Both sentences are resource keys written at the call, so the completeness test sees them.
/// </summary>
public static class PluralForms
{
    public static bool IsSingular(long count, CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "fr" => count is 0 or 1 or -1,
        _ => count is 1 or -1,
    };

    public static LocalizedString Plural(this IStringLocalizer localizer, long count, LocalizedString one, LocalizedString other) =>
        IsSingular(count, CultureInfo.CurrentUICulture) ? one : other;
}
