using System.Text.RegularExpressions;
using System.Xml.Linq;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Localization;

/// <summary>Every interface text the code asks for exists, non-empty, in English and in French.</summary>
public sealed partial class ResourceCompletenessTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> English = new(() => Load("SharedResource.resx"));
    private static readonly Lazy<IReadOnlyDictionary<string, string>> French = new(() => Load("SharedResource.fr.resx"));

    public static TheoryData<string> Cultures => new() { "SharedResource.resx", "SharedResource.fr.resx" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_key_used_in_the_code_has_a_translation(string file)
    {
        var resources = file.Contains(".fr.", StringComparison.Ordinal) ? French.Value : English.Value;
        var missing = KeysUsedInCode().Where(key => !resources.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"{file} lacks {missing.Count} texts:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void French_keeps_every_placeholder_of_the_English_text()
    {
        var broken = English.Value
            .Where(e => French.Value.TryGetValue(e.Key, out var fr) && Placeholders(e.Value) != Placeholders(fr))
            .Select(e => e.Key).ToList();
        Assert.True(broken.Count == 0, "Placeholders differ:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Both_languages_hold_the_same_keys()
    {
        Assert.Equal(English.Value.Keys.Order(StringComparer.Ordinal), French.Value.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_scan_finds_the_texts_of_the_layout()
    {
        // Guards the scanner itself: if it found nothing, every other test here would pass vacuously.
        var keys = KeysUsedInCode();
        Assert.Contains("Skip to content", keys);
        Assert.Contains("The {0} field is required.", keys);
        Assert.Contains("CyclePhase.CoDefineWellBeing", keys);
        Assert.True(keys.Count > 200, $"Only {keys.Count} keys found.");
    }

    private static HashSet<string> KeysUsedInCode()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(RepositoryFiles.WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains("Migrations", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (Match match in LocalizerCall().Matches(text))
            {
                keys.Add(Regex.Unescape(match.Groups[1].Value));
            }

            foreach (Match match in AttributeText().Matches(text))
            {
                keys.Add(Regex.Unescape(match.Groups[1].Value));
            }
        }

        // Texts reached through a variable rather than a literal.
        keys.UnionWith(CyclePhases.Descriptions.Values);
        keys.UnionWith(OpenSpiral.Web.Features.Grid.IndexModel.DeterminationKey);
        keys.UnionWith(QuestionWording.Standard.Values);
        keys.UnionWith(QuestionWording.ShortNames.Values);
        foreach (var type in new[] { typeof(TerritoryKind), typeof(MembershipStatus), typeof(CyclePhase), typeof(GroupKind), typeof(TerritoryRole), typeof(StakeholderType), typeof(RevisionKind), typeof(CriterionStatus), typeof(CriterionSource), typeof(ClassificationMethod), typeof(Question) })
        {
            keys.UnionWith(Enum.GetNames(type).Select(name => $"{type.Name}.{name}"));
        }

        return keys;
    }

    private static string Placeholders(string text) =>
        string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(RepositoryFiles.WebProject, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "", StringComparer.Ordinal);

    [GeneratedRegex("""\b(?:L|l|localizer)\["((?:[^"\\]|\\.)*)"[,\]]""")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex("""\b(?:ErrorMessage|Display\(Name) = "((?:[^"\\]|\\.)*)""")]
    private static partial Regex AttributeText();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
