using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>How many criteria answered each question.</summary>
public sealed class QuestionCounts
{
    private readonly int[] _counts = new int[4];

    public int Q1 => _counts[0];
    public int Q2 => _counts[1];
    public int Q3 => _counts[2];
    public int Q4 => _counts[3];
    public int Total => Q1 + Q2 + Q3 + Q4;

    public int this[Question question] => _counts[(int)question - 1];

    public void Add(Question question, int count) => _counts[(int)question - 1] += count;

    public void Add(QuestionCounts other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }
    }
}
