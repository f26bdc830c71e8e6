using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>
/// Turns a text in any language into hashed features: its words, its pairs of words and the
/// character 3- to 5-grams of each word. Character n-grams let "logement", "logements" and
/// "alloggio" share something without any stemmer or word list of a language.
/// </summary>
internal static class TextFeatures
{
    /// <summary>Features are hashed into this many buckets (a power of two): no vocabulary to keep.</summary>
    public const int Buckets = 1 << 21;

    // Pieces of words weigh as much as whole words: across languages and spelling slips they are
    // what texts share ("autobus", "autocarros", "autobuzul"). Measured on the multilingual set
    // (docs/benchmarks.md): 1 / 0.5 / 0.4 lost to a plain character n-gram baseline.
    private const float WordWeight = 0.5f;
    private const float PairWeight = 0.25f;
    private const float NgramWeight = 1f;
    private const uint WordSeed = 2166136261;
    private const uint PairSeed = 2166136261 ^ 0x9E3779B9;
    private const uint NgramSeed = 2166136261 ^ 0x85EBCA6B;

    /// <summary>How often a feature occurs in a text, and how much one occurrence of its kind weighs.</summary>
    public struct Count
    {
        public int Occurrences;
        public float KindWeight;
    }

    /// <summary>Fills <paramref name="features"/> (cleared first) with the features of <paramref name="text"/>.</summary>
    public static void Extract(string text, Dictionary<int, Count> features)
    {
        features.Clear();
        var normalised = Normalise(text);
        var span = normalised.AsSpan();
        var previousWord = ReadOnlySpan<char>.Empty;
        Span<char> padded = stackalloc char[66];
        var start = 0;
        while (start < span.Length)
        {
            var end = span[start..].IndexOf(' ');
            end = end < 0 ? span.Length : start + end;
            var word = span[start..end];
            start = end + 1;
            if (word.Length < 2)
            {
                continue;
            }

            if (word.Length > 64)
            {
                word = word[..64];
            }

            Add(features, Hash(WordSeed, word), WordWeight);
            if (!previousWord.IsEmpty)
            {
                Add(features, Hash(Hash(Hash(PairSeed, previousWord), " "), word), PairWeight);
            }

            previousWord = word;
            padded[0] = '<';
            word.CopyTo(padded[1..]);
            padded[word.Length + 1] = '>';
            var withBounds = padded[..(word.Length + 2)];
            for (var n = 3; n <= 5; n++)
            {
                for (var i = 0; i + n <= withBounds.Length; i++)
                {
                    Add(features, Hash(NgramSeed + (uint)n, withBounds.Slice(i, n)), NgramWeight);
                }
            }
        }
    }

    /// <summary>Lower case, accents and punctuation removed, one space between words.</summary>
    public static string Normalise(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                var lower = char.ToLowerInvariant(c);
                var folded = lower switch
                {
                    'ß' => "ss",
                    'æ' => "ae",
                    'œ' => "oe",
                    'ø' => "o",
                    'ð' => "dh",
                    'þ' => "th",
                    'ł' => "l",
                    'đ' => "d",
                    _ => null,
                };
                if (folded is null)
                {
                    builder.Append(lower);
                }
                else
                {
                    builder.Append(folded);
                }

                space = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && !space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static void Add(Dictionary<int, Count> features, uint hash, float kindWeight)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(features, (int)(hash & (Buckets - 1)), out _);
        count.Occurrences++;
        count.KindWeight = kindWeight;
    }

    // FNV-1a: stable across processes and runs, unlike string.GetHashCode.
    private static uint Hash(uint seed, ReadOnlySpan<char> chars)
    {
        var hash = seed;
        foreach (var c in chars)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
