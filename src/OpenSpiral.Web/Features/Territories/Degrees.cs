using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Territories;

/// <summary>Latitudes and longitudes as people type them: decimal degrees with a point or a comma.</summary>
public static class Degrees
{
    public static string? Format(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>The value of <paramref name="text"/>, null when empty; an error on <paramref name="field"/> when it is not a number within ±<paramref name="limit"/>.</summary>
    public static double? Check(string? text, int limit, string field, string label, ModelStateDictionary state, IStringLocalizer l)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || value < -limit || value > limit)
        {
            state.AddModelError(field, l["The {0} field must be a number between {1} and {2}.", label, -limit, limit]);
            return null;
        }

        return value;
    }
}
