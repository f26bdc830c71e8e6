using System.Text.Json;

namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>
/// API clients get validation errors keyed by the JSON field names they sent (camelCase), whether
/// DataAnnotations validation (which keys by C# property name) or our own services found them.
/// </summary>
public static class ValidationErrorNames
{
    public static void UseJsonNames(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is not HttpValidationProblemDetails { Errors.Count: > 0 } problem
            || !context.HttpContext.Request.Path.StartsWithSegments("/api"))
        {
            return;
        }

        var errors = problem.Errors
            .GroupBy(e => ToJsonPath(e.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).Distinct().ToArray(), StringComparer.Ordinal);
        problem.Errors.Clear();
        foreach (var (key, messages) in errors)
        {
            problem.Errors[key] = messages;
        }
    }

    // "Meetings[0].Date" becomes "meetings[0].date".
    private static string ToJsonPath(string key) =>
        string.Join('.', key.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
