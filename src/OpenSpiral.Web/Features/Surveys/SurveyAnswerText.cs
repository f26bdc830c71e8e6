namespace OpenSpiral.Web.Features.Surveys;

/// <summary>What the answering pages need to know of the reader (profile questions and options are worded by <see cref="SurveyProfileOptions"/>, as on paper).</summary>
public static class SurveyAnswerText
{
    /// <summary>The languages the browser asks for, most wanted first, as two-letter codes.</summary>
    public static IEnumerable<string> AcceptedLanguages(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .OfType<string>()
            .Where(l => l.Length == 2);
}
