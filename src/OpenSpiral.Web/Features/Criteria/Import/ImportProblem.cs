using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>
/// One reason to refuse a file, at a line (null for the whole file). It is put in words only when
/// shown, so that each reader sees it in their own language.
/// </summary>
public sealed record ImportProblem(int? Line, Func<IStringLocalizer, string> Describe)
{
    /// <summary>"line 3", or "file" for a problem of the whole file: the key of API errors.</summary>
    public string Key => Line is { } line ? $"line {line}" : "file";
}

/// <summary>The problems of one file: the first <see cref="CriteriaFile.MaxListedProblems"/> listed, all of them counted.</summary>
public sealed class ImportProblems
{
    private readonly List<ImportProblem> _listed = [];

    public IReadOnlyList<ImportProblem> Listed => _listed;

    public int Total { get; private set; }

    public bool Any => Total > 0;

    public void Add(int? line, Func<IStringLocalizer, string> describe)
    {
        Total++;
        if (_listed.Count < CriteriaFile.MaxListedProblems)
        {
            _listed.Add(new ImportProblem(line, describe));
        }
    }

    /// <summary>The listed problems in words, grouped by key ("line 3", "file"), as API errors.</summary>
    public Dictionary<string, string[]> ToErrors(IStringLocalizer l) =>
        _listed.GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Describe(l)).ToArray(), StringComparer.Ordinal);
}
