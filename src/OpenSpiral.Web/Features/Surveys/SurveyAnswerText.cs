using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>The words around a survey's own texts, in the reader's language: profile questions and their fixed options.</summary>
public static class SurveyAnswerText
{
    /// <summary>The languages the browser asks for, most wanted first, as two-letter codes.</summary>
    public static IEnumerable<string> AcceptedLanguages(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .OfType<string>()
            .Where(l => l.Length == 2);

    public static string Question(IStringLocalizer l, ProfileQuestionKind kind) => kind switch
    {
        ProfileQuestionKind.AgeBand => l["Your age"],
        ProfileQuestionKind.Gender => l["You are"],
        ProfileQuestionKind.Neighbourhood => l["Your neighbourhood"],
        _ => l["Your group"],
    };

    /// <summary>
    /// An option as the reader sees it: age bands are numbers ("30-44" reads "30–44"; "65+" stays),
    /// known gender keys are translated, neighbourhoods and groups keep the name the territory gave.
    /// </summary>
    public static string Option(IStringLocalizer l, ProfileQuestionKind kind, string label) => kind switch
    {
        ProfileQuestionKind.AgeBand when label.StartsWith("under-", StringComparison.Ordinal) => l["Under {0}", label[6..]],
        ProfileQuestionKind.AgeBand => label.Replace('-', '\u2013'),
        ProfileQuestionKind.Gender => label switch
        {
            "woman" => l["A woman"],
            "man" => l["A man"],
            "other" => l["Another answer"],
            _ => label,
        },
        _ => label,
    };
}
