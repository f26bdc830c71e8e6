using System.Globalization;

namespace OpenSpiral.Web.Infrastructure.Localization;

/// <summary>The languages of the interface.</summary>
public static class Languages
{
    public const string Default = "en";

    /// <summary>
    /// English, then every language a SharedResource.xx.resx file was compiled for (its satellite
    /// assembly beside the application's): adding the file adds the language to the switcher,
    /// Accept-Language, kiosks and posters. Ordered en, fr, then by code.
    /// </summary>
    public static readonly IReadOnlyList<string> Supported = Discover(Path.GetDirectoryName(typeof(Languages).Assembly.Location) ?? AppContext.BaseDirectory);

    /// <summary>
    /// The languages every page is translated into. The others carry at least the citizens' pages
    /// (kiosk, survey answering, group feedback), so staff forms that would offer one row per
    /// language (grid texts, ladder labels, territory descriptions) offer these only.
    /// </summary>
    public static readonly IReadOnlyList<string> Complete = ["en", "fr"];

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

    internal static IReadOnlyList<string> Discover(string directory)
    {
        var satellite = typeof(Languages).Assembly.GetName().Name + ".resources.dll";
        var found = Directory.Exists(directory)
            ? Directory.EnumerateDirectories(directory)
                .Where(d => File.Exists(Path.Combine(d, satellite)))
                .Select(d => Path.GetFileName(d).ToLowerInvariant())
                .Where(IsLanguage)
            : [];
        return [.. found.Prepend(Default).Distinct(StringComparer.Ordinal)
            .OrderBy(code => code == Default ? 0 : code == "fr" ? 1 : 2)
            .ThenBy(code => code, StringComparer.Ordinal)];
    }

    // Satellite folders of the interface are bare language codes ("pt", not "pt-BR"); other libraries' folders lack the file.
    private static bool IsLanguage(string code)
    {
        if (code.Length is not (2 or 3) || !code.All(char.IsAsciiLetterLower))
        {
            return false;
        }

        try
        {
            return !CultureInfo.GetCultureInfo(code).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

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
