namespace OpenSpiral.Web.Features.OpenData;

/// <summary>Rate limits of the open data downloads and API (configuration section "OpenData:RateLimits").</summary>
public sealed class OpenDataOptions
{
    public const string Section = "OpenData:RateLimits";

    /// <summary>Requests one client address may send per minute without signing in.</summary>
    public int AnonymousPerMinute { get; set; } = 60;

    /// <summary>Requests one member may send per minute when signed in (a personal API token, typically).</summary>
    public int SignedInPerMinute { get; set; } = 600;
}
