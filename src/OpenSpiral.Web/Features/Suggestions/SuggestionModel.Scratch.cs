namespace OpenSpiral.Web.Features.Suggestions;

public sealed partial class SuggestionModel
{
    /// <summary>Per-thread working memory of a query, so that a suggestion allocates almost nothing.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? t_current;

        public float[] Scores { get; private set; } = [];
        public List<int> Touched { get; } = [];
        public Dictionary<int, TextFeatures.Count> Features { get; } = [];
        public List<(int Feature, float Weight)> Query { get; } = [];

        public static Scratch For(int criteria)
        {
            var scratch = t_current ??= new Scratch();
            if (scratch.Scores.Length < criteria)
            {
                scratch.Scores = new float[criteria];
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
        }
    }
}
