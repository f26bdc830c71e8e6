namespace OpenSpiral.Web.Features.Suggestions;

public sealed partial class SuggestionModel
{
    /// <summary>Per-thread working memory of a query, so that a suggestion allocates almost nothing.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? t_current;

        public float[] Scores { get; private set; } = [];
        public float[] Centroid { get; private set; } = [];
        public List<int> Touched { get; } = [];
        public Dictionary<int, TextFeatures.Count> Features { get; } = [];
        public List<(int Feature, float Weight)> Query { get; } = [];

        public static Scratch For(int texts, int components)
        {
            var scratch = t_current ??= new Scratch();
            if (scratch.Scores.Length < texts)
            {
                scratch.Scores = new float[texts];
            }

            if (scratch.Centroid.Length < components)
            {
                scratch.Centroid = new float[components];
            }

            return scratch;
        }

        public void Reset()
        {
            foreach (var criterion in Touched)
            {
                Scores[criterion] = 0f;
            }

            Touched.Clear();
            Query.Clear();
            Array.Clear(Centroid);
        }
    }
}
