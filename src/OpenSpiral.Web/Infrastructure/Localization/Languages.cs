using System.Globalization;

namespace OpenSpiral.Web.Infrastructure.Localization;

/// <summary>The languages the interface is fully translated into.</summary>
public static class Languages
{
    public const string Default = "en";

    public static readonly IReadOnlyList<string> Supported = ["en", "fr"];

    public static string Current => Normalize(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public static string Normalize(string? language) =>
        language is not null && Supported.Contains(language, StringComparer.OrdinalIgnoreCase) ? language.ToLowerInvariant() : Default;

    /// <summary>The language's own name, e.g. "Français", for language pickers.</summary>
    public static string NativeName(string code)
    {
        try
        {
            var name = CultureInfo.GetCultureInfo(code).NativeName;
            return string.IsNullOrEmpty(name) ? code : char.ToUpper(name[0], CultureInfo.GetCultureInfo(code)) + name[1..];
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
