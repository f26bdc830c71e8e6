namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>The model's knobs; the defaults are the ones measured in docs/benchmarks.md.</summary>
public sealed record SuggestionModelOptions
{
    /// <summary>How many of the most similar classified criteria vote.</summary>
    public int Neighbours { get; init; } = 20;

    /// <summary>Each feature keeps at most this many criteria (those where it weighs most), so a query touches a bounded number.</summary>
    public int MaxPostingsPerFeature { get; init; } = 1000;

    /// <summary>Features found in more than this share of the criteria (words such as "the", "de", "di") are dropped...</summary>
    public double MaxDocumentShare { get; init; } = 0.1;

    /// <summary>...once the model has at least this many criteria (a tiny model keeps everything).</summary>
    public int MinDocumentsToDropFeatures { get; init; } = 1000;

    /// <summary>
    /// A query reads at most about this many postings: its features are taken rarest first until
    /// the budget is spent. On a small network every feature fits; at network size the common
    /// ones, which say little and cost most, are left out.
    /// </summary>
    public int MaxQueryPostings { get; init; } = 20_000;

    /// <summary>A neighbour that answers another question counts a little less.</summary>
    public float OtherQuestionFactor { get; init; } = 0.9f;
}
