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
        try
        {
            return new System.Globalization.RegionInfo(code).DisplayName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
