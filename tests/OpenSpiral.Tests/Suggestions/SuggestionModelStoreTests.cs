using Microsoft.Extensions.Configuration;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Suggestions;

namespace OpenSpiral.Tests.Suggestions;

public sealed class SuggestionModelStoreTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_training_that_started_earlier_does_not_replace_a_newer_model()
    {
        using var store = new SuggestionModelStore();
        var older = Snapshot(store.NextGeneration(), "older");
        var newer = Snapshot(store.NextGeneration(), "newer");

        Assert.True(store.Publish(newer));
        Assert.False(store.Publish(older));

        Assert.Same(newer, store.Current);
    }

    [Theory]
    [InlineData(0, 0, 0, true)] // never trained
    [InlineData(1, 19, 0, false)] // fewer changes than RetrainAfterChanges
    [InlineData(1, 20, 0, true)]
    [InlineData(1, 1, 61, true)] // anything changed and the model is older than RetrainAfter
    [InlineData(1, 0, 600, false)] // nothing changed: no need, however old
    public void The_model_is_retrained_after_enough_changes_or_when_old_and_changed(long generation, int changed, int minutesOld, bool expected)
    {
        var current = new SuggestionSnapshot(SuggestionModel.Empty, new HashSet<int>(), new TrainingSetState(500, Now), Now.AddMinutes(-minutesOld), generation);

        Assert.Equal(expected, SuggestionTrainer.NeedsTraining(current, changed, Now, new SuggestionOptions()));
    }

    [Fact]
    public void A_large_network_waits_for_a_share_of_its_criteria_to_change()
    {
        var current = new SuggestionSnapshot(SuggestionModel.Empty, new HashSet<int>(), new TrainingSetState(1_000_000, Now), Now, 1);

        Assert.False(SuggestionTrainer.NeedsTraining(current, 19_999, Now, new SuggestionOptions()));
        Assert.True(SuggestionTrainer.NeedsTraining(current, 20_000, Now, new SuggestionOptions()));
    }

    [Fact]
    public void The_settings_are_read_from_the_Suggestions_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Suggestions:CheckInterval"] = "00:05:00",
            ["Suggestions:RetrainAfterChanges"] = "100",
            ["Suggestions:Model:Neighbours"] = "7",
        }).Build();

        var options = configuration.GetSection(SuggestionOptions.Section).Get<SuggestionOptions>()!;

        Assert.Equal((TimeSpan.FromMinutes(5), 100, 7, 1000), (options.CheckInterval, options.RetrainAfterChanges, options.Model.Neighbours, options.Model.MaxPostingsPerFeature));
    }

    private static SuggestionSnapshot Snapshot(long generation, string text) => new(
        SuggestionModelBuilder.Build([new TrainingCriterion(generation, 1, Question.Q1, "A01", text)]),
        new HashSet<int>(),
        new TrainingSetState(1, Now),
        Now,
        generation);
}
