namespace OpenSpiral.Tests.Localization;

/// <summary>The languages that ship the citizens' pages hold every text of those pages, and nothing stale.</summary>
public sealed class CitizenLanguagesTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> English = new(() => CitizenTexts.Resources(null));

    public static TheoryData<string> CitizenLanguages => [.. CitizenTexts.Languages];

    [Fact]
    public void The_interface_offers_english_french_then_every_language_with_a_resource_file_by_code()
    {
        Assert.Equal(["en", "fr", "el", "it", "lv", "pl", "pt", "ro", "sv"], Web.Infrastructure.Localization.Languages.Supported);
        Assert.Equal(["en", "fr"], Web.Infrastructure.Localization.Languages.Complete);
    }

    [Fact]
    public void Discovery_counts_only_the_cultures_with_the_application_resources()
    {
        var directory = Directory.CreateTempSubdirectory("openspiral-languages-").FullName;
        try
        {
            foreach (var culture in new[] { "sv", "fr", "de", "pt" })
            {
                Directory.CreateDirectory(Path.Combine(directory, culture));
            }

            // fr, pt and sv carry the application's resources; de only another library's; "xx-not-a-culture" is no language.
            foreach (var culture in new[] { "sv", "fr", "pt" })
            {
                File.WriteAllBytes(Path.Combine(directory, culture, "OpenSpiral.Web.resources.dll"), []);
            }

            File.WriteAllBytes(Path.Combine(directory, "de", "Humanizer.resources.dll"), []);
            Directory.CreateDirectory(Path.Combine(directory, "xx-not-a-culture"));
            File.WriteAllBytes(Path.Combine(directory, "xx-not-a-culture", "OpenSpiral.Web.resources.dll"), []);

            Assert.Equal(["en", "fr", "pt", "sv"], Web.Infrastructure.Localization.Languages.Discover(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Every_resource_file_of_the_project_is_a_complete_or_a_citizen_language()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.WebProject, "Resources"), "SharedResource.*.resx")
            .Select(f => Path.GetFileName(f)["SharedResource.".Length..^".resx".Length]).Order(StringComparer.Ordinal);

        Assert.Equal(CitizenTexts.Languages.Append("fr").Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Every_citizen_text_exists_in_english()
    {
        var missing = CitizenTexts.Keys().Where(key => !English.Value.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"SharedResource.resx lacks {missing.Count} citizen texts:\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(CitizenLanguages))]
    public void Every_citizen_text_is_translated(string language)
    {
        var resources = CitizenTexts.Resources(language);

        var missing = CitizenTexts.Keys().Where(key => !resources.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"SharedResource.{language}.resx lacks {missing.Count} citizen texts:\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(CitizenLanguages))]
    public void A_language_holds_no_key_that_english_has_not(string language)
    {
        var stale = CitizenTexts.Resources(language).Keys.Where(key => !English.Value.ContainsKey(key)).Order(StringComparer.Ordinal).ToList();

        Assert.True(stale.Count == 0, $"SharedResource.{language}.resx holds {stale.Count} keys English no longer has:\n" + string.Join("\n", stale));
    }

    [Theory]
    [MemberData(nameof(CitizenLanguages))]
    public void A_translation_keeps_every_placeholder_of_the_english_text(string language)
    {
        var broken = CitizenTexts.Resources(language)
            .Where(t => English.Value.TryGetValue(t.Key, out var english) && CitizenTexts.Placeholders(english) != CitizenTexts.Placeholders(t.Value))
            .Select(t => $"{t.Key} → {t.Value}").ToList();

        Assert.True(broken.Count == 0, $"SharedResource.{language}.resx changes placeholders:\n" + string.Join("\n", broken));
    }

    [Theory]
    [InlineData("Features/Kiosk/Start.cshtml", "Choose your language")]
    [InlineData("Features/Kiosk/Answer.cshtml", "Send my ideas")]
    [InlineData("Features/Kiosk/Answer.cshtml.cs", "Write at least one idea, or choose \"Skip this question\".")]
    [InlineData("Features/Kiosk/Thanks.cshtml", "Thank you for your ideas!")]
    [InlineData("Features/Surveys/Answer.cshtml", "Where are you now?")]
    [InlineData("Features/Surveys/AnswerThanks.cshtml", "Thank you, your answers are saved!")]
    [InlineData("Features/Surveys/SurveyProfileOptions.cs", "ProfileQuestion.AgeBand")]
    [InlineData("Features/Feedback/Group.cshtml", "What became of your words: {0}")]
    [InlineData("Features/Feedback/Group.cshtml", "In the survey “{1}”, {0} people said where they stand.")]
    [InlineData("Features/Feedback/_QrPoster.cshtml", "Language of the poster")]
    [InlineData("Features/Shared/_Layout.cshtml", "Skip to content")]
    [InlineData("Infrastructure/Localization/LocalizationServiceCollectionExtensions.cs", "The value '{0}' is not valid for {1}.")]
    public void The_extraction_finds_the_texts_of_each_page(string file, string key)
    {
        Assert.Contains(key, CitizenTexts.KeysByFile.Value[file]);
        Assert.Contains(key, CitizenTexts.Keys());
    }

    [Fact]
    public void The_extraction_reaches_the_texts_behind_variables()
    {
        var keys = CitizenTexts.Keys();

        Assert.Contains("What is ill-being for you?", keys);
        Assert.Contains("CommitmentStatus.Kept", keys);
        Assert.Contains("ProfileOption.65-plus", keys);
        Assert.True(keys.Count > 120, $"Only {keys.Count} citizen texts found.");
    }

    [Fact]
    public void Every_page_on_the_kiosk_layout_is_a_citizen_page()
    {
        var kioskPages = RepositoryFiles.WebSourceFiles().Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) && !f.EndsWith("/_KioskLayout.cshtml", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(Path.Combine(RepositoryFiles.WebProject, f)).Contains("_KioskLayout", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(kioskPages);
        var forgotten = kioskPages.SelectMany(page => new[] { page, page + ".cs" })
            .Where(f => File.Exists(Path.Combine(RepositoryFiles.WebProject, f)) && !CitizenTexts.Files.Contains(f)).ToList();
        Assert.True(forgotten.Count == 0, "Pages on the kiosk layout missing from CitizenTexts.Files:\n" + string.Join("\n", forgotten));
    }
}
