namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>
/// Trains a <see cref="SuggestionModel"/> in two passes over the classified criteria and the grid's
/// own definitions of its components: the first counts in how many texts each feature occurs (its
/// IDF), the second writes each text's normalised TF-IDF weights into the inverted index, keeping for
/// each feature only the <see cref="SuggestionModelOptions.MaxPostingsPerFeature"/> texts where it
/// weighs most, and adds them up per component into its centroid (leaving out the criteria of
/// <c>privateTerritories</c>, since centroids serve every territory). The second pass goes component by
/// component, so that one dense array is enough to sum a centroid whatever the network's size.
/// </summary>
public static class SuggestionModelBuilder
{
    public static SuggestionModel Build(IReadOnlyList<TrainingCriterion> criteria, SuggestionModelOptions? options = null, IReadOnlyList<ComponentDefinition>? definitions = null, IReadOnlySet<int>? privateTerritories = null)
    {
        options ??= new SuggestionModelOptions();
        definitions ??= [];
        var n = criteria.Count + definitions.Count;
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
            // Definitions come after the criteria: no id (they never justify a suggestion), no territory, any question.
            var (component, text) = i < criteria.Count ? (criteria[i].Component, criteria[i].Text) : (definitions[i - criteria.Count].Component, definitions[i - criteria.Count].Text);
            if (i < criteria.Count)
            {
                ids[i] = criteria[i].Id;
                territories[i] = criteria[i].TerritoryId;
                questions[i] = (byte)criteria[i].Question;
            }

            if (!codes.TryGetValue(component, out var code))
            {
                code = checked((short)codes.Count);
                codes.Add(component, code);
            }

            components[i] = code;
            TextFeatures.Extract(text, features);
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
        var centroids = new CentroidBuilder(codes.Count, options.MaxCentroidFeatures);
        foreach (var i in Enumerable.Range(0, n).OrderBy(i => components[i]))
        {
            TextFeatures.Extract(i < criteria.Count ? criteria[i].Text : definitions[i - criteria.Count].Text, features);
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
            var share = i < criteria.Count ? 1f : options.DefinitionWeight;

            // A centroid is shared by every territory: criteria that only serve their own territory stay out of it.
            var inPrivateTerritory = i < criteria.Count && privateTerritories is { Count: > 0 } && privateTerritories.Contains(criteria[i].TerritoryId);
            centroids.StartDocument(components[i]);
            foreach (var (feature, weight) in weights)
            {
                var start = featureStart[feature];
                var size = featureStart[feature + 1] - start;
                var region = new PostingRegion(postingCriteria.AsSpan(start, size), postingWeights.AsSpan(start, size));
                region.Offer(ref filled[feature], documentFrequency[feature] > size, i, weight / norm);
                if (!inPrivateTerritory)
                {
                    centroids.Add(feature, share * weight / norm);
                }
            }
        }

        string[] componentCodes = [.. codes.OrderBy(c => c.Value).Select(c => c.Key)];
        return new SuggestionModel(
            criteria.Count, ids, territories, questions, components, componentCodes, featureStart, postingCriteria, postingWeights, idf, centroids.Finish(), options);
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
