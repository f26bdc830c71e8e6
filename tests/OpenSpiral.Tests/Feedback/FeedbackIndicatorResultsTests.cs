using System.Net;
using OpenSpiral.Tests.Surveys;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Feedback;

/// <summary>The group's page shows the validated indicators built from its criteria and, once a survey is over, what respondents answered.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class FeedbackIndicatorResultsTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_page_shows_the_group_s_indicators_with_their_levels_and_the_closed_survey_s_results_hiding_a_small_one()
    {
        var data = await SurveyResultsDataset.KnownAsync(app);
        var (code, names) = await GroupAsync(app, data);
        using var citizen = app.CreateAnonymousClient();

        var html = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/g/{code}?culture=en"));

        Assert.Contains("The indicators built from your words", html, StringComparison.Ordinal);
        // Housing: from a sorted criterion; Safety: from a level's source; Transport: sorted too, but answered by four only.
        Assert.Contains($"<h3 id=\"indicator-{data.IndicatorIds[0]}\" lang=\"en\">{names[0]}</h3>", html, StringComparison.Ordinal);
        Assert.Contains($"<li><strong>1 · very unsatisfactory</strong> <span lang=\"en\">{names[0]}: situation 1</span></li>", html, StringComparison.Ordinal);
        Assert.Contains($"In the survey “{names[3]}”, 12 people said where they stand. 25.0 % are in a difficult situation (levels 1 and 2), 50.0 % in a good one (levels 4 and 5).", html, StringComparison.Ordinal);
        Assert.Contains($"In the survey “{names[3]}”, 12 people said where they stand. 58.3 % are in a difficult situation (levels 1 and 2), 25.0 % in a good one (levels 4 and 5).", html, StringComparison.Ordinal);
        Assert.Contains($"Fewer than 5 people answered about this in the survey “{names[3]}”: their answers are not shown, so that nobody can be recognised.", html, StringComparison.Ordinal);
        Assert.Equal(
            [["1 · very unsatisfactory", "2", "16.7 %"], ["2 · unsatisfactory", "1", "8.3 %"], ["3 · average", "3", "25.0 %"], ["4 · good", "3", "25.0 %"], ["5 · ideal", "3", "25.0 %"]],
            SurveyResultsHtml.Rows(await citizen.GetStringAsync($"/g/{code}?culture=en"), $"How the people who answered placed themselves: {names[0]}"));
        Assert.DoesNotContain("Draft scale", html, StringComparison.Ordinal);
        Assert.Contains("survey-results.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_survey_s_results_are_not_shown_but_the_indicator_is_and_in_its_translation()
    {
        var data = await SurveyResultsDataset.KnownAsync(app, status: SurveyStatus.Open);
        var (code, names) = await GroupAsync(app, data);
        await app.QueryAsync(async db =>
        {
            db.IndicatorTranslations.Add(new IndicatorTranslation { IndicatorId = data.IndicatorIds[0], Language = "fr", Title = "Logement digne", Statements = ["un", "deux", "trois", "quatre", "cinq"] });
            return await db.SaveChangesAsync();
        });
        using var citizen = app.CreateAnonymousClient();

        var html = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/g/{code}?culture=fr"));

        Assert.Contains($"<h3 id=\"indicator-{data.IndicatorIds[0]}\" lang=\"fr\">Logement digne</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<li><strong>1 · très insatisfaisante</strong> <span lang=\"fr\">un</span></li>", html, StringComparison.Ordinal);
        Assert.Contains($"<h3 id=\"indicator-{data.IndicatorIds[1]}\" lang=\"en\">{names[1]}</h3>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dans l’enquête", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<canvas", html, StringComparison.Ordinal);
        Assert.DoesNotContain("survey-results.js", html, StringComparison.Ordinal);
    }

    // A group of the dataset's territory with one criterion: Housing and Transport sorted it, a level of Safety was written from it; a draft indicator sorted it too.
    internal static async Task<(string Code, string[] Names)> GroupAsync(OpenSpiralApplication app, SurveyResultsDataset data)
    {
        var code = FeedbackCodes.New();
        var names = await app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var group = new HomogeneousGroup { TerritoryId = data.TerritoryId, Name = "Neighbours", Language = "en", ParticipantCount = 8, FeedbackCode = code, CreatedAt = now, UpdatedAt = now };
            db.Groups.Add(group);
            await db.SaveChangesAsync();
            var criterion = new Criterion { TerritoryId = data.TerritoryId, GroupId = group.Id, Text = "A home that is warm", Language = "en", Question = Question.Q1, Status = CriterionStatus.Approved, CreatedAt = now, UpdatedAt = now };
            db.Criteria.Add(criterion);
            var components = await SurveyResultsDataset.CurrentComponentsAsync(db);
            var draft = SurveyResultsDataset.NewIndicator(data.TerritoryId, components["A03"], "Draft scale", now);
            draft.Status = IndicatorStatus.Draft;
            db.Indicators.Add(draft);
            await db.SaveChangesAsync();
            db.IndicatorCriteria.AddRange(
                new IndicatorCriterion { IndicatorId = data.IndicatorIds[0], CriterionId = criterion.Id, Category = IndicatorCategory.Quality },
                new IndicatorCriterion { IndicatorId = data.IndicatorIds[2], CriterionId = criterion.Id },
                new IndicatorCriterion { IndicatorId = draft.Id, CriterionId = criterion.Id });
            var level = db.IndicatorLevels.Single(l => l.IndicatorId == data.IndicatorIds[1] && l.Level == 2);
            db.IndicatorLevelSources.Add(new IndicatorLevelSource { IndicatorLevelId = level.Id, CriterionId = criterion.Id });
            await db.SaveChangesAsync();
            var titles = data.IndicatorIds.Select(id => db.Indicators.Single(i => i.Id == id).Title).ToList();
            titles.Add(db.Surveys.Single(s => s.Id == data.SurveyId).Title);
            return titles.ToArray();
        });
        return (code, names);
    }
}
