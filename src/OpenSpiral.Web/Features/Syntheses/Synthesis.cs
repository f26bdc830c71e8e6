namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>
/// Criteria counted per component and family, split by question and ranked by frequency (then by
/// the number of groups that said it). Unclassified criteria are counted apart.
/// </summary>
public sealed record Synthesis(int Total, QuestionCounts Unclassified, IReadOnlyList<ComponentLine> Components, IReadOnlyList<FamilyLine> Families)
{
    public int Classified => Total - Unclassified.Total;

    /// <summary>Whether any criterion answers the optional fourth question, so that pages show its column.</summary>
    public bool HasFutureGenerations => Unclassified.Q4 > 0 || Components.Any(c => c.Counts.Q4 > 0);
}

/// <summary>One component's counts; <see cref="Groups"/> is how many groups said it, when it was asked for.</summary>
public sealed record ComponentLine(string Code, string Name, string FamilyCode, string FamilyName, QuestionCounts Counts, int? Groups);

public sealed record FamilyLine(string Code, string Name, int SortOrder, QuestionCounts Counts);
