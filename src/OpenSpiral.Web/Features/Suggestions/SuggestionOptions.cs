namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>Configuration section "Suggestions": when the model is retrained, and its knobs.</summary>
public sealed class SuggestionOptions
{
    public const string Section = "Suggestions";

    /// <summary>Train at start-up and keep the model up to date in the background.</summary>
    public bool TrainInBackground { get; set; } = true;

    /// <summary>How often the background service looks for new classifications.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Retrain once this many classified criteria were added, changed or removed...</summary>
    public int RetrainAfterChanges { get; set; } = 20;

    /// <summary>...or this share of the model's criteria, whichever is larger (so a big network retrains less often)...</summary>
    public double RetrainAfterShare { get; set; } = 0.02;

    /// <summary>...or, when anything changed at all, once the model is this old.</summary>
    public TimeSpan RetrainAfter { get; set; } = TimeSpan.FromHours(1);

    public SuggestionModelOptions Model { get; set; } = new();
}
