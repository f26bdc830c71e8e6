using System.Text.Json.Serialization;

namespace OpenSpiral.Web.Features.Criteria;

/// <summary>The question a criterion answers.</summary>
public enum Question
{
    /// <summary>What is well-being for you?</summary>
    [JsonStringEnumMemberName("Q1")]
    Q1 = 1,

    /// <summary>What is ill-being for you?</summary>
    [JsonStringEnumMemberName("Q2")]
    Q2 = 2,

    /// <summary>What do you do, or could you do, for your well-being and that of others?</summary>
    [JsonStringEnumMemberName("Q3")]
    Q3 = 3,

    /// <summary>What must be done so that this well-being lasts for future generations?</summary>
    [JsonStringEnumMemberName("Q4")]
    Q4 = 4,
}
