using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OpenSpiral.Tests.Localization;

/// <summary>
/// French puts a no-break space before ! ? ; : and inside « », so that the sign never starts a line
/// on its own: U+202F (narrow) before ! ? ; and U+00A0 before : and inside the quotes.
/// </summary>
public sealed partial class FrenchTypographyTests
{
    private const string NoBreakSpaces = "\u00A0\u202F";

    [Fact]
    public void Every_French_text_has_a_no_break_space_before_high_punctuation_and_inside_quotes()
    {
        var french = XDocument.Load(Path.Combine(RepositoryFiles.WebProject, "Resources", "SharedResource.fr.resx")).Root!.Elements("data")
            .Select(d => (Key: d.Attribute("name")!.Value, Value: d.Element("value")?.Value ?? ""));

        var wrong = french.SelectMany(d => Mistakes(d.Value).Select(m => $"{d.Key} => …{m}…")).ToList();

        Assert.True(wrong.Count == 0, $"{wrong.Count} French texts break French typography:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("Merci ! Vos idées", 1)]
    [InlineData("Merci! Vos idées", 1)]
    [InlineData("Merci\u202F! Vos idées", 0)]
    [InlineData("Ligne {0} : {1}", 1)]
    [InlineData("Ligne {0}\u00A0: {1}", 0)]
    [InlineData("« Annuler »", 2)]
    [InlineData("«\u00A0Annuler\u00A0»", 0)]
    [InlineData("https://example.org/?culture=fr {2:P0} 10:30", 0)]
    public void The_check_finds_a_plain_or_missing_space_and_leaves_addresses_and_formats_alone(string text, int mistakes) =>
        Assert.Equal(mistakes, Mistakes(text).Count());

    // A sign followed by a space or the end is punctuation (not "https://", "{2:P0}" or "10:30").
    private static IEnumerable<string> Mistakes(string text) =>
        HighPunctuation().Matches(text).Where(m => m.Index == 0 || !NoBreakSpaces.Contains(text[m.Index - 1], StringComparison.Ordinal))
            .Concat(Guillemets().Matches(text).Where(m => m.Value == "«" ? m.Index + 1 >= text.Length || !NoBreakSpaces.Contains(text[m.Index + 1], StringComparison.Ordinal)
                : m.Index == 0 || !NoBreakSpaces.Contains(text[m.Index - 1], StringComparison.Ordinal)))
            .Select(m => text.Substring(Math.Max(0, m.Index - 12), Math.Min(text.Length, m.Index + 3) - Math.Max(0, m.Index - 12)));

    [GeneratedRegex(@"[!?;:](?=\s|$)")]
    private static partial Regex HighPunctuation();

    [GeneratedRegex("[«»]")]
    private static partial Regex Guillemets();
}
