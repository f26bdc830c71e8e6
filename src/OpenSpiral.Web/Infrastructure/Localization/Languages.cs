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

    /// <summary>The language's own name, e.g. "Français", for the pickers of the interface's language.</summary>
    public static string NativeName(string code) => Capitalized(Name(code, c => c.NativeName), code);

    /// <summary>
    /// The language's name in the reader's language, for running text: "anglais" on a French page,
    /// "English" on an English one. Unknown codes stay as they are.
    /// </summary>
    public static string DisplayName(string code) => Name(code, c => c.DisplayName);

    /// <summary>The same name starting with a capital, for labels, headings and table cells: "Anglais".</summary>
    public static string DisplayTitle(string code) => Capitalized(DisplayName(code), CultureInfo.CurrentUICulture.Name);

    private static string Name(string code, Func<CultureInfo, string> name)
    {
        try
        {
            var text = name(CultureInfo.GetCultureInfo(code));
            return string.IsNullOrEmpty(text) ? code : text;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    private static string Capitalized(string name, string culture)
    {
        if (name.Length == 0)
        {
            return name;
        }

        try
        {
            return char.ToUpper(name[0], CultureInfo.GetCultureInfo(culture)) + name[1..];
        }
        catch (CultureNotFoundException)
        {
            return name;
        }
    }
}
