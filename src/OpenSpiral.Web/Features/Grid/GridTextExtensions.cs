namespace OpenSpiral.Web.Features.Grid;

public static class GridTextExtensions
{
    /// <summary>The text in the wanted language, else English, else any language there is.</summary>
    public static T? InLanguage<T>(this IEnumerable<T> texts, string language) where T : GridText
    {
        T? english = null, any = null;
        foreach (var text in texts)
        {
            if (text.Language == language)
            {
                return text;
            }

            if (text.Language == "en")
            {
                english = text;
            }

            any ??= text;
        }

        return english ?? any;
    }
}
