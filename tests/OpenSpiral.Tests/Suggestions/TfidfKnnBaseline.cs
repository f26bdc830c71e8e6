namespace OpenSpiral.Tests.Suggestions;

/// <summary>
/// The plain baseline the suggestions must beat: TF-IDF over the character 3- to 5-grams of each
/// lower-cased word padded with spaces (scikit-learn's "char_wb" analyser, smooth IDF, L2 norm), and
/// the k most similar training texts (cosine) voting for their labels with their similarity.
/// </summary>
internal sealed class TfidfKnnBaseline
{
    private readonly List<(Dictionary<string, double> Vector, string Label)> _documents = [];
    private readonly Dictionary<string, double> _idf = [];
    private readonly int _k;

    public TfidfKnnBaseline(IEnumerable<(string Text, string Label)> training, int k)
    {
        _k = k;
        var counted = training.Select(t => (Counts: Grams(t.Text), t.Label)).ToList();
        var documentFrequency = new Dictionary<string, int>();
        foreach (var gram in counted.SelectMany(c => c.Counts.Keys))
        {
            documentFrequency[gram] = documentFrequency.GetValueOrDefault(gram) + 1;
        }

        foreach (var (gram, df) in documentFrequency)
        {
            _idf[gram] = Math.Log((1d + counted.Count) / (1d + df)) + 1d;
        }

        _documents.AddRange(counted.Select(c => (Vector(c.Counts), c.Label)));
    }

    /// <summary>The three labels with the most similarity among the k nearest texts, best first.</summary>
    public IReadOnlyList<string> Top3(string text)
    {
        var query = Vector(Grams(text));
        return [.. _documents
            .Select(d => (d.Label, Similarity: query.Sum(q => q.Value * d.Vector.GetValueOrDefault(q.Key))))
            .Where(d => d.Similarity > 0d)
            .OrderByDescending(d => d.Similarity).Take(_k)
            .GroupBy(d => d.Label).OrderByDescending(g => g.Sum(d => d.Similarity)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(3).Select(g => g.Key)];
    }

    private Dictionary<string, double> Vector(Dictionary<string, int> counts)
    {
        var weights = counts.Where(c => _idf.ContainsKey(c.Key)).ToDictionary(c => c.Key, c => c.Value * _idf[c.Key]);
        var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        return norm == 0d ? [] : weights.ToDictionary(w => w.Key, w => w.Value / norm);
    }

    private static Dictionary<string, int> Grams(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var padded = " " + word + " ";
            for (var n = 3; n <= 5; n++)
            {
                for (var i = 0; i + n <= padded.Length; i++)
                {
                    var gram = padded.Substring(i, n);
                    counts[gram] = counts.GetValueOrDefault(gram) + 1;
                }
            }
        }

        return counts;
    }
}
