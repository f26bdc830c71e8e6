namespace OpenSpiral.Web.Features.Surveys;

/// <summary>
/// Small-cell suppression. A group of fewer than <see cref="MinimumRespondents"/> respondents could
/// be recognised (the only woman over 75 of a neighbourhood), so its figures are hidden everywhere.
/// In a breakdown, a single hidden cell could be recomputed as the total minus the other cells: when
/// exactly one cell of a row is hidden, the next smallest is hidden too.
/// </summary>
public static class SurveyResultsSmallCells
{
    public const int MinimumRespondents = 5;

    public static bool TooSmall(int respondents) => respondents < MinimumRespondents;

    /// <summary>The positions of the cells of one row to hide, given each cell's respondents and the cells already hidden.</summary>
    public static HashSet<int> HiddenInRow(IReadOnlyList<int> respondents, IReadOnlySet<int>? alreadyHidden = null)
    {
        var hidden = new HashSet<int>(alreadyHidden ?? new HashSet<int>());
        for (var i = 0; i < respondents.Count; i++)
        {
            if (TooSmall(respondents[i]))
            {
                hidden.Add(i);
            }
        }

        if (hidden.Count == 1 && respondents.Count > 1)
        {
            var next = Enumerable.Range(0, respondents.Count).Where(i => !hidden.Contains(i)).MinBy(i => respondents[i]);
            hidden.Add(next);
        }

        return hidden;
    }
}
