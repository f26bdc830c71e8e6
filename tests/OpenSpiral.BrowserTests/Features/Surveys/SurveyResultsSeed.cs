using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.BrowserTests.Features.Surveys;

/// <summary>A closed survey of the first demo territory with 12 answers on two indicators and an age band, written straight into the database.</summary>
public static class SurveyResultsSeed
{
    public static async Task<(int SurveyId, int SecondWaveId)> CreateAsync(OpenSpiralServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var territory = await db.Territories.SingleAsync(t => t.Slug == DemoAccounts.FirstTerritory);
        var components = await db.Components.Where(c => c.Code == "A03" || c.Code == "G07").OrderBy(c => c.Code).Select(c => c.Id).Take(2).ToListAsync();
        var now = DateTime.UtcNow;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var indicators = components.Select((c, i) => new Indicator
        {
            TerritoryId = territory.Id, Title = (i == 0 ? "Housing " : "Safety ") + suffix, Language = "en", Status = IndicatorStatus.Validated, CreatedAt = now, UpdatedAt = now,
            Components = [new IndicatorComponent { ComponentId = c }],
            Levels = [.. Enumerable.Range(1, 5).Select(n => new IndicatorLevel { Level = n, Statement = $"Situation {n}" })],
        }).ToList();
        db.Indicators.AddRange(indicators);
        await db.SaveChangesAsync();

        Survey NewSurvey(string title) => new()
        {
            TerritoryId = territory.Id, Code = Guid.NewGuid().ToString("N")[..16], Title = title, Status = SurveyStatus.Closed, Languages = ["en", "fr"], CreatedAt = now, UpdatedAt = now,
            Indicators = [.. indicators.Select((i, n) => new SurveyIndicator { IndicatorId = i.Id, Position = n })],
            ProfileQuestions = [new SurveyProfileQuestion { Kind = ProfileQuestionKind.AgeBand, Options = [new() { Label = "15-29", Position = 0 }, new() { Label = "30-44", Position = 1 }] }],
        };
        var first = NewSurvey($"Spring {suffix}");
        var second = NewSurvey($"Autumn {suffix}");
        db.Surveys.AddRange(first, second);
        await db.SaveChangesAsync();
        foreach (var survey in new[] { first, second })
        {
            var options = survey.ProfileQuestions[0].Options;
            for (var n = 0; n < 12; n++)
            {
                db.SurveyResponses.Add(new SurveyResponse
                {
                    Id = Guid.NewGuid(), SurveyId = survey.Id, AnsweredOn = new DateOnly(2026, 11, 2), SubmissionKeyHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
                    Answers = [.. indicators.Select((i, k) => new SurveyAnswer { SurveyId = survey.Id, IndicatorId = i.Id, Current = 1 + ((n + k + (survey == second ? 1 : 0)) % 5), Wished = n % 2 == 0 ? 5 : null })],
                    Profile = [new SurveyResponseProfile { QuestionId = survey.ProfileQuestions[0].Id, OptionId = options[n < 7 ? 0 : 1].Id }],
                });
            }
        }

        await db.SaveChangesAsync();
        return (first.Id, second.Id);
    }
}
