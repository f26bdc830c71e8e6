using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>
/// A k-nearest-neighbours classifier over TF-IDF vectors of classified criteria and of the grid's
/// definitions of its components, held in memory as an inverted index: for each hashed feature, the
/// texts where it weighs most. A suggestion adds up cosine similarities along the query's postings,
/// keeps the most similar texts, and lets them vote for their components; each component's centroid
/// (the sum of its texts) adds its own similarity, which speaks for components with few criteria and,
/// before any classification, from the grid alone. Immutable: retraining builds a new one.
/// </summary>
public sealed partial class SuggestionModel
{
    public const int MaxSuggestions = 3;
    public const int MaxReasons = 3;

    private readonly int _criterionCount;
    private readonly long[] _criterionIds;
    private readonly int[] _territories;
    private readonly byte[] _questions;
    private readonly short[] _components;
    private readonly string[] _componentCodes;
    private readonly int[] _featureStart;
    private readonly int[] _postingCriteria;
    private readonly float[] _postingWeights;
    private readonly float[] _idf;
    private readonly Centroids _centroids;
    private readonly SuggestionModelOptions _options;

    internal SuggestionModel(
        int criterionCount, long[] criterionIds, int[] territories, byte[] questions, short[] components, string[] componentCodes,
        int[] featureStart, int[] postingCriteria, float[] postingWeights, float[] idf, Centroids centroids, SuggestionModelOptions options)
    {
        _criterionCount = criterionCount;
        _criterionIds = criterionIds;
        _territories = territories;
        _questions = questions;
        _components = components;
        _componentCodes = componentCodes;
        _featureStart = featureStart;
        _postingCriteria = postingCriteria;
        _postingWeights = postingWeights;
        _idf = idf;
        _centroids = centroids;
        _options = options;
    }

    public static SuggestionModel Empty { get; } = new(0, [], [], [], [], [], [], [], [], [], Centroids.Empty, new SuggestionModelOptions());

    /// <summary>How many classified criteria the model learned from.</summary>
    public int Count => _criterionCount;

    /// <summary>How many texts it learned from: the criteria and the grid's definitions of its components.</summary>
    public int TextCount => _criterionIds.Length;

    /// <summary>How many components appear among them.</summary>
    public int ComponentCount => _componentCodes.Length;

    /// <summary>How many (feature, criterion) pairs the index keeps after pruning.</summary>
    public int PostingCount => _postingCriteria.Length;

    /// <summary>The memory held by the model's arrays.</summary>
    public long SizeInBytes =>
        (_criterionIds.LongLength * sizeof(long)) + (_territories.LongLength * sizeof(int)) + _questions.LongLength
        + (_components.LongLength * sizeof(short)) + (_featureStart.LongLength * sizeof(int))
        + (_postingCriteria.LongLength * sizeof(int)) + (_postingWeights.LongLength * sizeof(float)) + (_idf.LongLength * sizeof(float)) + _centroids.SizeInBytes;

    /// <summary>
    /// Up to <see cref="MaxSuggestions"/> components for <paramref name="text"/>, best first. Criteria of
    /// <paramref name="privateTerritories"/> other than <paramref name="territoryId"/> are not used.
    /// </summary>
    public IReadOnlyList<Suggestion> Suggest(string text, Question question, int territoryId, IReadOnlySet<int> privateTerritories, long? excludeCriterionId = null)
    {
        if (TextCount == 0 || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var scratch = Scratch.For(TextCount, _componentCodes.Length);
        try
        {
            Accumulate(text, scratch);
            var neighbours = Nearest(scratch, question, territoryId, privateTerritories, excludeCriterionId);
            return Vote(neighbours, scratch.Centroid);
        }
        finally
        {
            scratch.Reset();
        }
    }

    private void Accumulate(string text, Scratch scratch)
    {
        TextFeatures.Extract(text, scratch.Features);
        var query = scratch.Query;
        foreach (var (feature, count) in scratch.Features)
        {
            if (_featureStart[feature + 1] > _featureStart[feature])
            {
                query.Add((feature, (1f + MathF.Log(count.Occurrences)) * count.KindWeight * _idf[feature]));
            }
        }

        var fullNorm = 0f;
        foreach (var (_, weight) in query)
        {
            fullNorm += weight * weight;
        }

        fullNorm = MathF.Sqrt(fullNorm);
        foreach (var (feature, weight) in query)
        {
            _centroids.Accumulate(feature, weight / fullNorm, scratch.Centroid);
        }

        query.Sort(static (a, b) => b.Weight.CompareTo(a.Weight));
        var used = 0;
        var postings = 0;
        while (used < query.Count && postings < _options.MaxQueryPostings)
        {
            var feature = query[used++].Feature;
            postings += _featureStart[feature + 1] - _featureStart[feature];
        }

        query.RemoveRange(used, query.Count - used);

        var norm = 0f;
        foreach (var (_, weight) in query)
        {
            norm += weight * weight;
        }

        norm = MathF.Sqrt(norm);
        var scores = scratch.Scores;
        var touched = scratch.Touched;
        foreach (var (feature, weight) in query)
        {
            var w = weight / norm;
            for (var p = _featureStart[feature]; p < _featureStart[feature + 1]; p++)
            {
                var criterion = _postingCriteria[p];
                if (scores[criterion] == 0f)
                {
                    touched.Add(criterion);
                }

                scores[criterion] += w * _postingWeights[p];
            }
        }
    }

    /// <summary>The most similar visible criteria, most similar first.</summary>
    private List<(int Criterion, float Similarity)> Nearest(Scratch scratch, Question question, int territoryId, IReadOnlySet<int> privateTerritories, long? excludeCriterionId)
    {
        var k = _options.Neighbours;
        var heap = new PriorityQueue<int, float>(k + 1);
        var scores = scratch.Scores;
        var questionCode = (byte)question;
        foreach (var criterion in scratch.Touched)
        {
            // A definition of the grid (question 0) answers every question alike.
            var similarity = scores[criterion] * (_questions[criterion] == questionCode || _questions[criterion] == 0 ? 1f : _options.OtherQuestionFactor);
            if (heap.Count == k && (!heap.TryPeek(out _, out var weakest) || similarity <= weakest))
            {
                continue;
            }

            // Checked only for candidates: most touched criteria never get this far.
            if ((criterion < _criterionCount && _criterionIds[criterion] == excludeCriterionId)
                || (privateTerritories.Count > 0 && _territories[criterion] != territoryId && privateTerritories.Contains(_territories[criterion])))
            {
                continue;
            }

            if (heap.Count == k)
            {
                heap.DequeueEnqueue(criterion, similarity);
            }
            else
            {
                heap.Enqueue(criterion, similarity);
            }
        }

        var nearest = new List<(int, float)>(heap.Count);
        while (heap.TryDequeue(out var criterion, out var similarity))
        {
            nearest.Add((criterion, similarity));
        }

        nearest.Reverse();
        return nearest;
    }

    /// <summary>
    /// Each component's score: its share of the neighbours' similarity, mixed with its share of the
    /// centroids' similarity (<see cref="SuggestionModelOptions.CentroidShare"/>), so that the scores
    /// of all components still add up to 1. Only criteria justify a suggestion, never a definition.
    /// </summary>
    private List<Suggestion> Vote(List<(int Criterion, float Similarity)> neighbours, float[] centroid)
    {
        var total = 0d;
        var votes = new Dictionary<short, (double Weight, List<long> Because)>();
        foreach (var (criterion, similarity) in neighbours)
        {
            total += similarity;
            var component = _components[criterion];
            if (!votes.TryGetValue(component, out var vote))
            {
                vote = (0d, []);
            }

            if (criterion < _criterionCount && vote.Because.Count < MaxReasons)
            {
                vote.Because.Add(_criterionIds[criterion]);
            }

            votes[component] = (vote.Weight + similarity, vote.Because);
        }

        var centroidTotal = 0d;
        for (var c = 0; c < _componentCodes.Length; c++)
        {
            centroid[c] = centroid[c] > 0f ? MathF.Pow(centroid[c], _options.CentroidSharpness) : 0f;
            centroidTotal += centroid[c];
        }

        var centroidShare = centroidTotal > 0d ? (total > 0d ? _options.CentroidShare : 1d) : 0d;
        var scores = new Dictionary<short, double>();
        if (total > 0d)
        {
            foreach (var (component, vote) in votes)
            {
                scores[component] = (1d - centroidShare) * vote.Weight / total;
            }
        }

        if (centroidTotal > 0d)
        {
            for (var c = 0; c < _componentCodes.Length; c++)
            {
                if (centroid[c] > 0f)
                {
                    scores[(short)c] = scores.GetValueOrDefault((short)c) + (centroidShare * centroid[c] / centroidTotal);
                }
            }
        }

        return [.. scores.OrderByDescending(s => s.Value).ThenBy(s => _componentCodes[s.Key], StringComparer.Ordinal).Take(MaxSuggestions)
            .Select(s => new Suggestion(_componentCodes[s.Key], Math.Round(Math.Min(1d, s.Value), 3), votes.TryGetValue(s.Key, out var vote) ? [.. vote.Because] : []))];
    }
}
