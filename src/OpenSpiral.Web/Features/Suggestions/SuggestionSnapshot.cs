namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>
/// What suggestions are answered from: the model, the territories whose criteria only serve
/// themselves (read again at every check, so an opt-out applies within a minute without
/// retraining), and what the model was trained on, to tell when to retrain.
/// </summary>
public sealed record SuggestionSnapshot(
    SuggestionModel Model,
    IReadOnlySet<int> PrivateTerritories,
    TrainingSetState TrainedOn,
    DateTime TrainedAt,
    long Generation)
{
    public static SuggestionSnapshot Empty { get; } = new(SuggestionModel.Empty, new HashSet<int>(), new TrainingSetState(0, null), DateTime.MinValue, 0);
}

/// <summary>How many criteria the training set holds and when the latest of them last changed.</summary>
public sealed record TrainingSetState(int Count, DateTime? LastUpdatedAt);
