using System.Text.RegularExpressions;
using System.Xml.Linq;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Plans;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Localization;

/// <summary>
/// The texts a citizen reads: the kiosk, survey answering, the group's "what became of your words"
/// page, the QR posters, and the shared parts of those pages. The keys are read from the source
/// files listed here, so a text added to one of these pages is checked in every citizen language.
/// </summary>
internal static partial class CitizenTexts
{
    /// <summary>The languages that ship the citizens' pages besides the complete ones (English and French).</summary>
    public static readonly IReadOnlyList<string> Languages = ["el", "it", "lv", "pl", "pt", "ro", "sv"];

    /// <summary>Web project files (relative paths) whose interface texts citizens read.</summary>
    public static readonly IReadOnlyList<string> Files =
    [
        "Features/Kiosk/_KioskLayout.cshtml",
        "Features/Kiosk/Start.cshtml",
        "Features/Kiosk/Start.cshtml.cs",
        "Features/Kiosk/Answer.cshtml",
        "Features/Kiosk/Answer.cshtml.cs",
        "Features/Kiosk/Thanks.cshtml",
        "Features/Kiosk/Thanks.cshtml.cs",
        "Features/Kiosk/_Unavailable.cshtml",
        "Features/Kiosk/KioskPage.cs",
        "Features/Kiosk/Poster.cshtml.cs",
        "Features/Surveys/Answer.cshtml",
        "Features/Surveys/Answer.cshtml.cs",
        "Features/Surveys/AnswerThanks.cshtml",
        "Features/Surveys/AnswerThanks.cshtml.cs",
        "Features/Surveys/_AnswerLevels.cshtml",
        "Features/Surveys/_AnswerUnavailable.cshtml",
        "Features/Surveys/SurveyAnswerForm.cs",
        "Features/Surveys/SurveyAnswerText.cs",
        "Features/Surveys/SurveyAnswering.cs",
        "Features/Surveys/SurveyProfileOptions.cs",
        "Features/Surveys/Poster.cshtml.cs",
        "Features/Surveys/_ResultsFigure.cshtml",
        "Features/Surveys/_ResultsTable.cshtml",
        "Features/Feedback/Group.cshtml",
        "Features/Feedback/Group.cshtml.cs",
        "Features/Feedback/GroupActions.cs",
        "Features/Feedback/Poster.cshtml.cs",
        "Features/Feedback/_QrPoster.cshtml",
        "Features/Feedback/PosterContent.cs",
        "Features/Shared/_Layout.cshtml",
        "Features/Shared/_ErrorSummary.cshtml",
        "Features/Shared/_Pagination.cshtml",
        "Infrastructure/Localization/LocalizationServiceCollectionExtensions.cs",
        "Infrastructure/Localization/FieldNamedBindingMessages.cs",
    ];

    /// <summary>Keys these pages reach through a variable rather than a literal: question wordings, L.Enum badges, profile options.</summary>
    private static IEnumerable<string> VariableKeys() =>
        QuestionWording.Standard.Values
            .Concat(Enum.GetNames<Question>().Select(name => $"{nameof(Question)}.{name}"))
            .Concat(Enum.GetNames<ActionStatus>().Select(name => $"{nameof(ActionStatus)}.{name}"))
            .Concat(Enum.GetNames<CommitmentStatus>().Select(name => $"{nameof(CommitmentStatus)}.{name}"))
            .Concat(SurveyProfileOptions.AgeBands.Concat(SurveyProfileOptions.Genders).Select(option => $"ProfileOption.{option}"));

    public static readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> KeysByFile = new(() =>
        Files.ToDictionary(file => file, file => (IReadOnlySet<string>)KeysIn(File.ReadAllText(Path.Combine(RepositoryFiles.WebProject, file)))));

    public static IReadOnlySet<string> Keys() =>
        KeysByFile.Value.Values.SelectMany(keys => keys).Concat(VariableKeys()).ToHashSet(StringComparer.Ordinal);

    public static HashSet<string> KeysIn(string source)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in LocalizerCall().Matches(source).Concat(AttributeText().Matches(source)))
        {
            keys.Add(Regex.Unescape(match.Groups[1].Value));
        }

        return keys;
    }

    public static IReadOnlyDictionary<string, string> Resources(string? language) =>
        XDocument.Load(Path.Combine(RepositoryFiles.WebProject, "Resources", language is null ? "SharedResource.resx" : $"SharedResource.{language}.resx")).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "", StringComparer.Ordinal);

    public static string Placeholders(string text) =>
        string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    [GeneratedRegex("""\b(?:L|l|localizer)\["((?:[^"\\]|\\.)*)"[,\]]""")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex("""\b(?:ErrorMessage|Display\(Name) = "((?:[^"\\]|\\.)*)""")]
    private static partial Regex AttributeText();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
