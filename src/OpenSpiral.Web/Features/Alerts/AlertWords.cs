namespace OpenSpiral.Web.Features.Alerts;

/// <summary>The words of an alert's status (keys of the shared resources).</summary>
public static class AlertWords
{
    public static string Status(AlertStatus status) => status switch
    {
        AlertStatus.Open => "Open",
        AlertStatus.InProgress => "In progress",
        AlertStatus.Resolved => "Resolved",
        _ => status.ToString(),
    };
}
