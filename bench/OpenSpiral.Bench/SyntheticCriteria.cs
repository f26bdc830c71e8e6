using System.Text;

namespace OpenSpiral.Bench;

/// <summary>
/// Short criteria as citizens write them: a few words of their topic (each grid component has a
/// vocabulary of its own, some words much more common than others, sometimes inflected), many
/// small words of French, Italian or English, and some words of other topics.
/// </summary>
internal sealed class SyntheticCriteria
{
    private const int WordsPerComponent = 40;

    private static readonly string[] SmallWords =
    [
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "pour", "dans", "avec", "pas", "plus", "nous", "notre", "on", "est", "avoir", "être",
        "il", "di", "e", "per", "con", "non", "che", "una", "della", "nel", "noi", "essere", "avere", "più",
        "the", "and", "of", "to", "in", "for", "with", "not", "more", "our", "we", "is", "have", "be", "there", "enough",
    ];

    private static readonly string[] Syllables =
    [
        "ca", "lo", "ge", "ment", "ti", "sa", "ne", "ri", "vo", "ta", "mi", "po", "lu", "ser", "ven", "tra", "bi", "so", "ma", "pre",
        "de", "fa", "vi", "no", "co", "ra", "te", "li", "zio", "tion", "ble", "ri", "gar", "mon", "sta", "per", "cu", "al", "en", "or",
    ];

    private static readonly string[] Endings = ["s", "i", "e", "es", "a"];

    private readonly string[][] _vocabularies;
    private readonly Random _random;

    public SyntheticCriteria(int components, int seed = 2026)
    {
        _random = new Random(seed);
        var words = new Random(seed + 1);
        _vocabularies = [.. Enumerable.Range(0, components).Select(_ => Enumerable.Range(0, WordsPerComponent).Select(_ => Word(words)).ToArray())];
    }

    /// <summary>A text about component number <paramref name="component"/> (0-based).</summary>
    public string Text(int component)
    {
        var builder = new StringBuilder();
        var length = 5 + _random.Next(8);
        for (var i = 0; i < length; i++)
        {
            var roll = _random.NextDouble();
            var word = roll < 0.45 ? Topical(component)
                : roll < 0.85 ? SmallWords[_random.Next(SmallWords.Length)]
                : Topical(_random.Next(_vocabularies.Length));
            builder.Append(i == 0 ? "" : " ").Append(word);
        }

        return builder.ToString();
    }

    // Zipf-like: the first words of a topic are much more frequent than the last.
    private string Topical(int component)
    {
        var u = _random.NextDouble();
        var word = _vocabularies[component][(int)(WordsPerComponent * u * u)];
        return _random.NextDouble() < 0.2 ? word + Endings[_random.Next(Endings.Length)] : word;
    }

    private static string Word(Random random)
    {
        var builder = new StringBuilder();
        var syllables = 2 + random.Next(3);
        for (var i = 0; i < syllables; i++)
        {
            builder.Append(Syllables[random.Next(Syllables.Length)]);
        }

        return builder.ToString();
    }
}
