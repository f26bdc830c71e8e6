using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Demo;

/// <summary>The demo network's indicators and its two waves of a self-survey in territory 1.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class DemoSurveysTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task Two_territories_have_validated_indicators_built_from_their_own_criteria()
    {
        var indicators = await app.QueryAsync(db => db.Indicators.AsNoTracking()
            .Where(i => i.Status == IndicatorStatus.Validated && (i.Title == "Un logement décent et abordable" || i.Title == "Se déplacer facilement dans la ville" || i.Title == "Un travail qui permet de vivre" || i.Title == "Una casa dignitosa" || i.Title == "Muoversi in valle"))
            .Select(i => new
            {
                Slug = db.Territories.Where(t => t.Id == i.TerritoryId).Select(t => t.Slug).First(),
                i.Language,
                Levels = i.Levels.Count,
                Translations = i.Translations.Select(t => t.Language).ToList(),
                Sorted = i.Criteria.Count(c => c.Category != null),
                ForeignSources = i.Levels.SelectMany(l => l.Sources).Count(s => !db.Criteria.Any(c => c.Id == s.CriterionId && c.TerritoryId == i.TerritoryId
                    && i.Components.Any(ic => ic.ComponentId == c.ComponentId))),
                Sources = i.Levels.SelectMany(l => l.Sources).Count(),
            }).ToListAsync());

        Assert.Equal(3, indicators.Count(i => i.Slug == DemoData.Territory1Slug && i.Language == "fr" && i.Translations.Count == 0));
        Assert.Equal(2, indicators.Count(i => i.Slug == DemoData.Territory2Slug && i.Language == "it" && i.Translations.SequenceEqual(["en"])));
        Assert.All(indicators, i =>
        {
            Assert.Equal(5, i.Levels);
            Assert.InRange(i.Sorted, 1, 8);
            Assert.True(i.Sources > 0);
            Assert.Equal(0, i.ForeignSources);
        });
    }

    [Fact]
    public async Task Territory_1_has_a_closed_first_wave_and_an_open_second_wave_of_150_answers_each()
    {
        var waves = await app.QueryAsync(db => db.Surveys.AsNoTracking()
            .Where(s => s.Code == "mulhouse-vague-1" || s.Code == "mulhouse-vague-2").OrderBy(s => s.Code)
            .Select(s => new
            {
                Slug = db.Territories.Where(t => t.Id == s.TerritoryId).Select(t => t.Slug).First(),
                s.Status, s.OpensOn, s.ClosesOn,
                Indicators = s.Indicators.OrderBy(i => i.Position).Select(i => i.IndicatorId).ToList(),
                Profile = s.ProfileQuestions.OrderBy(q => q.Position).Select(q => q.Kind).ToList(),
                Responses = db.SurveyResponses.Count(r => r.SurveyId == s.Id),
                Paper = db.SurveyResponses.Count(r => r.SurveyId == s.Id && r.Channel == ResponseChannel.Paper),
                Answers = db.SurveyAnswers.Count(a => db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.SurveyId == s.Id)),
                Wished = db.SurveyAnswers.Count(a => a.Wished != null && db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.SurveyId == s.Id)),
                Profiles = db.SurveyResponseProfiles.Count(p => db.SurveyResponses.Any(r => r.Id == p.ResponseId && r.SurveyId == s.Id)),
                Outside = db.SurveyResponses.Count(r => r.SurveyId == s.Id && (r.AnsweredOn < s.OpensOn || r.AnsweredOn > s.ClosesOn)),
            }).ToListAsync());

        Assert.Equal(2, waves.Count);
        Assert.All(waves, w => Assert.Equal(DemoData.Territory1Slug, w.Slug));
        Assert.Equal((SurveyStatus.Closed, SurveyStatus.Open), (waves[0].Status, waves[1].Status));
        Assert.Equal(new DateOnly(2026, 4, 30), waves[0].ClosesOn);
        Assert.Equal(waves[0].Indicators, waves[1].Indicators);
        Assert.Equal(3, waves[0].Indicators.Count);
        Assert.All(waves, w =>
        {
            Assert.Equal(150, w.Responses);
            Assert.Equal([ProfileQuestionKind.AgeBand, ProfileQuestionKind.Gender, ProfileQuestionKind.Neighbourhood], w.Profile);
            Assert.InRange(w.Paper, 10, 60);
            Assert.InRange(w.Answers, 350, 449);
            Assert.InRange(w.Wished, w.Answers / 2, w.Answers - 1);
            Assert.InRange(w.Profiles, 350, 449);
            Assert.Equal(0, w.Outside);
        });
    }
}
