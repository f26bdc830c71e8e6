namespace OpenSpiral.Web.Features.Surveys;

/// <summary>Settings of the public survey pages and the responses endpoint (configuration section "Surveys:Answering").</summary>
public sealed class SurveyAnsweringOptions
{
    public const string Section = "Surveys:Answering";

    /// <summary>How many submissions one address may send per minute (page, API and nothing else); a shared computer sends one per person.</summary>
    public int SubmissionsPerMinute { get; set; } = 30;
}
