using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Surveys;

/// <summary>A profile question kind is worded in one table (its name, the question asked, the results' caption), used by every page and export.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class SurveyProfileWordingTests(OpenSpiralApplication app)
{
    [Fact]
    public void Each_kind_has_its_name_question_and_caption_in_french()
    {
        var l = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("fr");
        try
        {
            Assert.Equal(
            [
                new ProfileKindWording("Tranche d'âge", "Quel est votre âge\u202F?", "Où en sont les répondants, par tranche d’âge"),
                new ProfileKindWording("Genre", "Quel est votre genre\u202F?", "Où en sont les répondants, par genre"),
                new ProfileKindWording("Quartier", "Dans quel quartier habitez-vous\u202F?", "Où en sont les répondants, par quartier"),
                new ProfileKindWording("Groupe homogène", "À quel groupe appartenez-vous\u202F?", "Où en sont les répondants, par groupe"),
            ],
            [.. new[] { ProfileQuestionKind.AgeBand, ProfileQuestionKind.Gender, ProfileQuestionKind.Neighbourhood, ProfileQuestionKind.Group }.Select(k => SurveyProfileOptions.Wording(l, k))]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void No_other_file_words_the_profile_kinds()
    {
        string[] wordings = ["\"ProfileQuestion.", "\"Where respondents are now, by ", "KindTitle(", "KindCaption("];

        var elsewhere = RepositoryFiles.WebSourceFiles()
            .Where(f => f != "Features/Surveys/SurveyProfileOptions.cs")
            .Where(f => wordings.Any(w => File.ReadAllText(Path.Combine(RepositoryFiles.WebProject, f)).Contains(w, StringComparison.Ordinal)));

        Assert.Empty(elsewhere);
    }
}
