using System.Globalization;

namespace OpenSpiral.Web.Infrastructure.Localization;

/// <summary>Dates as people read them across Europe, unambiguous in every language: "18 March 2025", "18 mars 2025".</summary>
public static class DateDisplay
{
    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Format(DateTime date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
