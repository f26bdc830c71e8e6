namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>
/// Sums the normalised vectors of each component's texts, one component after the other, into one
/// dense array; when the component changes, keeps its heaviest features, normalised, and clears the
/// array. The result is an inverted index: for each kept feature, the components and their weights.
/// </summary>
internal sealed class CentroidBuilder(int componentCount, int maxFeatures)
{
    private readonly float[] _sum = new float[TextFeatures.Buckets];
    private readonly List<int> _touched = [];
    private readonly List<(int Feature, short Component, float Weight)> _kept = [];
    private int _component = -1;

    public void StartDocument(short component)
    {
        if (component != _component)
        {
            Flush();
            _component = component;
        }
    }

    public void Add(int feature, float weight)
    {
        if (_sum[feature] == 0f)
        {
            _touched.Add(feature);
        }

        _sum[feature] += weight;
    }

    public Centroids Finish()
    {
        Flush();
        _kept.Sort(static (a, b) => a.Feature != b.Feature ? a.Feature.CompareTo(b.Feature) : a.Component.CompareTo(b.Component));
        var features = new List<int>();
        var starts = new List<int>();
        var componentsOut = new short[_kept.Count];
        var weights = new float[_kept.Count];
        for (var p = 0; p < _kept.Count; p++)
        {
            var (feature, component, weight) = _kept[p];
            if (features.Count == 0 || features[^1] != feature)
            {
                features.Add(feature);
                starts.Add(p);
            }

            componentsOut[p] = component;
            weights[p] = weight;
        }

        starts.Add(_kept.Count);
        return new Centroids(componentCount, [.. features], [.. starts], componentsOut, weights);
    }

    private void Flush()
    {
        if (_component < 0 || _touched.Count == 0)
        {
            return;
        }

        var top = _touched.ToArray();
        var keep = Math.Min(maxFeatures, top.Length);
        if (keep < top.Length)
        {
            var sum = _sum;
            Array.Sort(top, (a, b) => sum[b].CompareTo(sum[a]));
        }

        var norm = 0f;
        for (var i = 0; i < keep; i++)
        {
            norm += _sum[top[i]] * _sum[top[i]];
        }

        norm = MathF.Sqrt(norm);
        for (var i = 0; i < keep; i++)
        {
            _kept.Add((top[i], (short)_component, _sum[top[i]] / norm));
        }

        foreach (var feature in _touched)
        {
            _sum[feature] = 0f;
        }

        _touched.Clear();
    }
}

/// <summary>The components' centroids as an inverted index over the features they kept, sorted by feature.</summary>
internal sealed record Centroids(int ComponentCount, int[] Features, int[] Starts, short[] Components, float[] Weights)
{
    public static Centroids Empty { get; } = new(0, [], [0], [], []);

    public long SizeInBytes => ((Features.LongLength + Starts.LongLength + Weights.LongLength) * sizeof(int)) + (Components.LongLength * sizeof(short));

    /// <summary>Adds <paramref name="weight"/> times the centroids' weights of <paramref name="feature"/> to <paramref name="scores"/>.</summary>
    public void Accumulate(int feature, float weight, Span<float> scores)
    {
        var at = Array.BinarySearch(Features, feature);
        if (at < 0)
        {
            return;
        }

        for (var p = Starts[at]; p < Starts[at + 1]; p++)
        {
            scores[Components[p]] += weight * Weights[p];
        }
    }
}
