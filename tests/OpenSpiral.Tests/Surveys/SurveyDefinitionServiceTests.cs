using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Surveys;

[Collection(ApplicationCollection.Name)]
public sealed class SurveyDefinitionServiceTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData(SurveyStatus.Open, null, null, "2026-12-03", true)]
    [InlineData(SurveyStatus.Open, "2026-12-03", "2026-12-03", "2026-12-03", true)]
    [InlineData(SurveyStatus.Open, "2026-12-04", null, "2026-12-03", false)]
    [InlineData(SurveyStatus.Open, null, "2026-12-02", "2026-12-03", false)]
    [InlineData(SurveyStatus.Draft, null, null, "2026-12-03", false)]
    [InlineData(SurveyStatus.Closed, "2026-12-01", "2026-12-31", "2026-12-03", false)]
    public void A_survey_accepts_answers_only_while_open_and_within_its_dates(SurveyStatus status, string? opensOn, string? closesOn, string today, bool accepting)
    {
        var survey = new Survey
        {
            Code = "x", Title = "x", Status = status,
            OpensOn = opensOn is null ? null : DateOnly.Parse(opensOn, System.Globalization.CultureInfo.InvariantCulture),
            ClosesOn = closesOn is null ? null : DateOnly.Parse(closesOn, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal(accepting, SurveyService.IsAcceptingAnswers(survey, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task The_questions_follow_the_chosen_order_in_the_asked_language_with_the_main_text_where_no_translation_exists()
    {
        var translated = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory2Slug, "Casa", language: "it", translations: "en");
        var untranslated = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory2Slug, "Lavoro", language: "it");
        var surveyId = await SurveyDefinitionData.AddSurveyAsync(app, DemoData.Territory2Slug, "Ordine", SurveyStatus.Draft, untranslated, translated);
        await using var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SurveyService>();

        var english = await service.QuestionsAsync(surveyId, "en", CancellationToken.None);
        var unknownLanguage = await service.QuestionsAsync(surveyId, "de", CancellationToken.None);

        Assert.NotNull(english);
        Assert.Equal("en", english.Language);
        Assert.Equal([untranslated, translated], english.Indicators.Select(i => i.IndicatorId));
        Assert.Equal([1, 2], english.Indicators.Select(i => i.Number));
        Assert.Equal(("Lavoro", "it"), (english.Indicators[0].Title, english.Indicators[0].TextLanguage));
        Assert.Equal(["Lavoro level 1", "Lavoro level 2", "Lavoro level 3", "Lavoro level 4", "Lavoro level 5"], english.Indicators[0].Situations);
        Assert.Equal(("Casa (en)", "en"), (english.Indicators[1].Title, english.Indicators[1].TextLanguage));
        Assert.Equal("Casa (en) level 5", english.Indicators[1].Situations[4]);
        Assert.NotNull(unknownLanguage);
        Assert.Equal("it", unknownLanguage.Language);
        Assert.Equal("Casa", unknownLanguage.Indicators[1].Title);
    }

    [Fact]
    public async Task A_survey_without_answers_is_deleted_and_one_with_answers_is_kept()
    {
        var indicator = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Culture");
        var empty = await SurveyDefinitionData.AddSurveyAsync(app, DemoData.Territory1Slug, "Sans réponse", SurveyStatus.Open, indicator);
        var answered = await SurveyDefinitionData.AddSurveyAsync(app, DemoData.Territory1Slug, "Avec réponse", SurveyStatus.Open, indicator);
        await SurveyDefinitionData.AddResponseAsync(app, answered);
        await using var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SurveyService>();

        Assert.Equal(SurveyDeletion.Deleted, await service.DeleteAsync(empty, CancellationToken.None));
        Assert.Equal(SurveyDeletion.HasResponses, await service.DeleteAsync(answered, CancellationToken.None));
        Assert.Equal(SurveyDeletion.NotFound, await service.DeleteAsync(empty, CancellationToken.None));
        Assert.False(await app.QueryAsync(db => db.Surveys.AnyAsync(s => s.Id == empty)));
        Assert.Equal(1, await app.QueryAsync(db => db.SurveyResponses.CountAsync(r => r.SurveyId == answered)));
    }
}
