using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>One indicator's answer as a form posts it (the public page's radio buttons, the paper entry's digits).</summary>
public sealed class SurveyAnswerField
{
    public int IndicatorId { get; set; }
    public string? Current { get; set; }
    public string? Wished { get; set; }
}

/// <summary>What the answer page and the paper entry page share: reading their fields and placing the service's errors on them.</summary>
public static class SurveyAnswerForm
{
    /// <summary>A level as typed or chosen: empty is skipped; anything else must be one digit 1–5.</summary>
    public static bool TryLevel(string? text, out int? level)
    {
        level = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return true;
        }

        if (trimmed.Length == 1 && trimmed[0] is >= '1' and <= '5')
        {
            level = trimmed[0] - '0';
            return true;
        }

        return false;
    }

    /// <summary>The service's field (<c>answers[0].current</c>, <c>profile.gender</c>) as the form names it (<c>Answers[0].Current</c>, <c>Profile[gender]</c>).</summary>
    public static string FormField(string field)
    {
        if (field.StartsWith("profile.", StringComparison.Ordinal))
        {
            return $"Profile[{field["profile.".Length..]}]";
        }

        var parts = field.Split('.');
        return string.Join('.', parts.Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>The first error of a field named at run time (the field-error tag helper wants a model expression).</summary>
    public static string? Error(ModelStateDictionary modelState, string field) =>
        modelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The id of a field's error message, for aria-describedby.</summary>
    public static string ErrorId(string field) => Microsoft.AspNetCore.Mvc.Rendering.TagBuilder.CreateSanitizedId(field, "_") + "-error";

    public static void AddErrors(ModelStateDictionary modelState, IEnumerable<SubmissionError> errors)
    {
        foreach (var error in errors)
        {
            modelState.AddModelError(FormField(error.Field), error.Message);
        }
    }
}

/// <summary>One group of the five situations as radio buttons (now, or wished), with a "no answer" choice.</summary>
public sealed record AnswerLevelsModel(SheetIndicator Indicator, string Name, string Legend, string? Chosen);
