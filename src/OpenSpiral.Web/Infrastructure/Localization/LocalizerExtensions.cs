using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Infrastructure.Localization;

public static class LocalizerExtensions
{
    /// <summary>The display text of an enum value, from the resource key "EnumType.Value".</summary>
    public static string Enum<T>(this IStringLocalizer localizer, T value) where T : struct, Enum =>
        localizer[$"{typeof(T).Name}.{value}"];

    /// <summary>A country's name in the interface language, from its ISO 3166 code.</summary>
    public static string Country(string code)
    {
        // RegionInfo.DisplayName is the country's own name ("België"); a culture's display name,
        // "anglais (Belgique)", follows the interface language.
        try
        {
            var name = System.Globalization.CultureInfo.GetCultureInfo("en-" + code).DisplayName;
            var open = name.LastIndexOf('(');
            return open >= 0 && name.EndsWith(')') ? name[(open + 1)..^1] : new System.Globalization.RegionInfo(code).DisplayName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
