namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>
/// Trains a <see cref="SuggestionModel"/> in two passes over the classified criteria: the first
/// counts in how many criteria each feature occurs (its IDF), the second writes each criterion's
/// normalised TF-IDF weights into the inverted index, keeping for each feature only the
/// <see cref="SuggestionModelOptions.MaxPostingsPerFeature"/> criteria where it weighs most.
/// </summary>
public static class SuggestionModelBuilder
{
    public static SuggestionModel Build(IReadOnlyList<TrainingCriterion> criteria, SuggestionModelOptions? options = null)
    {
        options ??= new SuggestionModelOptions();
        var n = criteria.Count;
        if (n == 0)
        {
            return SuggestionModel.Empty;
        }

        var ids = new long[n];
        var territories = new int[n];
        var questions = new byte[n];
        var components = new short[n];
        var codes = new Dictionary<string, short>(StringComparer.Ordinal);
        var features = new Dictionary<int, TextFeatures.Count>();
        var documentFrequency = new int[TextFeatures.Buckets];
        for (var i = 0; i < n; i++)
        {
            var criterion = criteria[i];
            ids[i] = criterion.Id;
            territories[i] = criterion.TerritoryId;
            questions[i] = (byte)criterion.Question;
            if (!codes.TryGetValue(criterion.Component, out var code))
            {
                code = checked((short)codes.Count);
                codes.Add(criterion.Component, code);
            }

            components[i] = code;
            TextFeatures.Extract(criterion.Text, features);
            foreach (var feature in features.Keys)
            {
                documentFrequency[feature]++;
            }
        }

        var (idf, featureStart) = Plan(documentFrequency, n, options);
        var postings = featureStart[^1];
        var postingCriteria = new int[postings];
        var postingWeights = new float[postings];
        var filled = new int[TextFeatures.Buckets];
        var weights = new List<(int Feature, float Weight)>();
        for (var i = 0; i < n; i++)
        {
            TextFeatures.Extract(criteria[i].Text, features);
            weights.Clear();
            var norm = 0f;
            foreach (var (feature, count) in features)
            {
                if (idf[feature] > 0f)
                {
                    var weight = (1f + MathF.Log(count.Occurrences)) * count.KindWeight * idf[feature];
                    weights.Add((feature, weight));
                    norm += weight * weight;
                }
            }

            norm = MathF.Sqrt(norm);
            foreach (var (feature, weight) in weights)
            {
                var start = featureStart[feature];
                var size = featureStart[feature + 1] - start;
                var region = new PostingRegion(postingCriteria.AsSpan(start, size), postingWeights.AsSpan(start, size));
                region.Offer(ref filled[feature], documentFrequency[feature] > size, i, weight / norm);
            }
        }

        string[] componentCodes = [.. codes.OrderBy(c => c.Value).Select(c => c.Key)];
        return new SuggestionModel(ids, territories, questions, components, componentCodes, featureStart, postingCriteria, postingWeights, idf, options);
    }

    /// <summary>Each feature's IDF (0 for a dropped one) and where its postings start.</summary>
    private static (float[] Idf, int[] FeatureStart) Plan(int[] documentFrequency, int n, SuggestionModelOptions options)
    {
        var tooFrequent = n >= options.MinDocumentsToDropFeatures ? (int)(options.MaxDocumentShare * n) : int.MaxValue;
        var idf = new float[TextFeatures.Buckets];
        var featureStart = new int[TextFeatures.Buckets + 1];
        var total = 0L;
        for (var feature = 0; feature < TextFeatures.Buckets; feature++)
        {
            featureStart[feature] = checked((int)total);
            var df = documentFrequency[feature];
            if (df > 0 && df <= tooFrequent)
            {
                idf[feature] = MathF.Log((1f + n) / (1f + df)) + 1f;
                total += Math.Min(df, options.MaxPostingsPerFeature);
            }
        }

        featureStart[TextFeatures.Buckets] = checked((int)total);
        return (idf, featureStart);
    }
}
