using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Grid;
using OpenSpiral.Web.Features.Suggestions;
using Xunit.Abstractions;

namespace OpenSpiral.Tests.Suggestions;

/// <summary>
/// Trains the model on the 5,209 labelled Better Reykjavik ideas stored as classified criteria,
/// then suggests for the 578 held-out ones. Runs on an application of its own, since it replaces the grid.
/// </summary>
public sealed class SuggestionQualityTests(ITestOutputHelper output)
{
    // Measured 2026-11-27: top-1 0.555, top-3 0.907 (docs/benchmarks.md). Always suggesting the three largest
    // categories of train (R02, R04, R05) gets 0.704 of test right: the model must beat it by 10 points.
    private const double MinimumTop3 = 0.80;

    [Fact]
    public async Task The_right_component_is_among_three_suggestions_for_most_held_out_ideas()
    {
        var train = ReykjavikDataset.Train;
        var test = ReykjavikDataset.Test;
        await using var app = OpenSpiralApplication.Create(demo: false);
        await app.InitializeAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<OpenSpiralDbContext>();
        await services.GetRequiredService<GridService>().ImportAsync(ReykjavikDataset.Grid(train.Concat(test)));
        var (territoryId, groupId) = await CriteriaSeeding.AddTerritoryAsync(db);
        await CriteriaSeeding.AddClassifiedAsync(db, territoryId, groupId, train.Select(i => (i.Component, i.Text)));

        var snapshot = await services.GetRequiredService<SuggestionTrainer>().TrainAsync();
        var suggestions = services.GetRequiredService<SuggestionService>();
        int top1 = 0, top3 = 0;
        foreach (var idea in test)
        {
            var codes = suggestions.SuggestForText(territoryId, idea.Text, Question.Q1).Select(s => s.Component).ToList();
            top1 += codes.FirstOrDefault() == idea.Component ? 1 : 0;
            top3 += codes.Contains(idea.Component) ? 1 : 0;
        }

        var majority3 = train.GroupBy(i => i.Component).OrderByDescending(g => g.Count()).Take(3).Select(g => g.Key).ToHashSet();
        var baseline3 = test.Count(i => majority3.Contains(i.Component)) / (double)test.Count;
        var accuracy1 = top1 / (double)test.Count;
        var accuracy3 = top3 / (double)test.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Reykjavik ideas: trained on {snapshot.Model.Count}, tested on {test.Count}: top-1 {accuracy1:F3}, top-3 {accuracy3:F3} (three largest categories: {baseline3:F3}); model {snapshot.Model.SizeInBytes / 1_000_000} MB, {snapshot.Model.PostingCount} postings"));
        Assert.Equal(train.Count, snapshot.Model.Count);
        Assert.True(accuracy3 >= MinimumTop3, $"top-3 accuracy {accuracy3:F3} < {MinimumTop3}");
    }
}
