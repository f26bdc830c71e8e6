using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpenSpiral.Tests.Criteria.Import;
using OpenSpiral.Web;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Tests.Localization;

/// <summary>A count says its noun in the singular or the plural as the reader's language wants: French is singular for 0 and 1.</summary>
[Collection(ApplicationCollection.Name)]
public sealed partial class PluralTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData("en", 0, "0 kiosks")]
    [InlineData("en", 1, "1 kiosk")]
    [InlineData("en", 2, "2 kiosks")]
    [InlineData("fr", 0, "0 borne")]
    [InlineData("fr", 1, "1 borne")]
    [InlineData("fr", 2, "2 bornes")]
    public void A_count_of_kiosks_agrees_with_its_number_in_each_language(string language, int count, string expected)
    {
        var l = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            Assert.Equal(expected, l.Plural(count, l["{0} kiosk", count], l["{0} kiosks", count]).Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("en", "Nothing was imported: the file has 1 problem.")]
    [InlineData("fr", "Rien n'a été importé\u00A0: le fichier a 1 problème.")]
    public async Task A_file_with_one_problem_says_so_in_the_singular(string language, string expected)
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var response = await ImportRequests.ImportAsync(client, territory.Id, CriteriaFiles.Csv([["Personne", "Q1", "Un texte", "fr", ""]]), "one.csv", language);

        var problem = await Problems.AssertValidationProblemAsync(response, "line 2");
        Assert.Equal(expected, problem.GetProperty("detail").GetString());
        Assert.Equal(1, problem.GetProperty("problemCount").GetInt32());
    }

    /// <summary>"{0} kiosks" alone says "1 kiosks": a key that starts with a count and a plural noun must come with its singular.</summary>
    [Fact]
    public void No_count_of_a_plural_noun_is_shown_without_its_singular()
    {
        var unsafeCalls = Directory.EnumerateFiles(RepositoryFiles.WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Pairwise(File.ReadLines(f).Prepend("")).Select((pair, i) => (File: Path.GetFileName(f), Line: i + 1, Text: pair.Current, pair.Previous)))
            // A sentence of its own for one ("One criterion added.") serves counts that are never zero; a merge always has several.
            .Where(l => CountOfPluralNoun().IsMatch(l.Text) && !l.Text.Contains("Plural(", StringComparison.Ordinal)
                && !(l.Previous + l.Text).Contains("== 1", StringComparison.Ordinal) && !l.Text.Contains("merged into one", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}").ToList();

        Assert.True(unsafeCalls.Count == 0, "Counts without a singular:\n" + string.Join("\n", unsafeCalls));
    }

    private static IEnumerable<(string Previous, string Current)> Pairwise(IEnumerable<string> lines) => lines.Zip(lines.Skip(1), (p, c) => (p, c));

    // A localizer key that starts with "{0} " then a plural noun: kiosks, entries, criteria, members...
    [GeneratedRegex("""\b[Ll]\["\{0\} (?!is\b|has\b|does\b|appears\b|was\b)(?:\w+s|criteria|entries|people)\b""")]
    private static partial Regex CountOfPluralNoun();
}
