namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>What a file would import: counts per group and question, its first rows, and every problem.</summary>
public sealed class ImportPreview
{
    public const int FirstRowCount = 20;

    private readonly Dictionary<int, GroupCounts> _groups = [];
    private readonly List<ImportedCriterion> _firstRows = [];

    public ImportPreview(ImportProblems problems) => Problems = problems;

    public ImportProblems Problems { get; }

    public int RowCount { get; private set; }

    public int ClassifiedCount { get; private set; }

    public IReadOnlyList<ImportedCriterion> FirstRows => _firstRows;

    public IEnumerable<GroupCounts> Groups => _groups.Values.OrderBy(g => g.Name, StringComparer.Ordinal);

    /// <summary>Criteria per question over the whole file (index 0 is Q1).</summary>
    public int[] QuestionTotals { get; } = new int[4];

    public bool CanImport => !Problems.Any && RowCount > 0;

    public void Add(ImportedCriterion criterion)
    {
        RowCount++;
        if (criterion.ComponentId is not null)
        {
            ClassifiedCount++;
        }

        if (_firstRows.Count < FirstRowCount)
        {
            _firstRows.Add(criterion);
        }

        if (!_groups.TryGetValue(criterion.Group.Id, out var counts))
        {
            _groups[criterion.Group.Id] = counts = new GroupCounts(criterion.Group.Name);
        }

        var question = (int)criterion.Question - 1;
        counts.PerQuestion[question]++;
        QuestionTotals[question]++;
    }

    public sealed record GroupCounts(string Name)
    {
        public int[] PerQuestion { get; } = new int[4];

        public int Total => PerQuestion.Sum();
    }
}
