using System.Globalization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Feedback;

/// <summary>
/// A poster speaks to the territory's citizens: it is in the territory's main language (or the first
/// of its languages the site is translated into), unless the coordinator asks for another with
/// <c>?language=</c>; when the site has none of them, it is in the interface language.
/// </summary>
public static class PosterLanguage
{
    public static string Choose(string? requested, IEnumerable<string> territoryLanguages) =>
        requested is not null && Languages.Supported.Contains(requested, StringComparer.OrdinalIgnoreCase) ? requested.ToLowerInvariant()
        : territoryLanguages.FirstOrDefault(l => Languages.Supported.Contains(l, StringComparer.OrdinalIgnoreCase))?.ToLowerInvariant()
        ?? Languages.Current;

    /// <summary>Runs <paramref name="texts"/> with the resources of <paramref name="language"/>, then puts the interface language back.</summary>
    public static T In<T>(string language, Func<T> texts)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return texts();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
