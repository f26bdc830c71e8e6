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

    /// <summary>How much a definition of the grid counts in its component's centroid, against 1 for a criterion.</summary>
    public float DefinitionWeight { get; init; } = 3f;

    /// <summary>Each component's centroid keeps at most this many features, its heaviest.</summary>
    public int MaxCentroidFeatures { get; init; } = 20_000;

    /// <summary>The share of a score that comes from the centroids; the rest comes from the neighbours' votes.</summary>
    public double CentroidShare { get; init; } = 0.5;

    /// <summary>Centroid similarities are raised to this power before they are shared out, so that the closest stand out.</summary>
    public float CentroidSharpness { get; init; } = 4f;
}
