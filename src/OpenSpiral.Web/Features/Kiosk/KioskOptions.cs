namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>Settings of the public kiosk pages (configuration section "Kiosk").</summary>
public sealed class KioskOptions
{
    public const string Section = "Kiosk";

    /// <summary>How many answers one address may send per minute; a shared library computer sends a few per citizen.</summary>
    public int SubmissionsPerMinute { get; set; } = 30;

    /// <summary>After this long without a touch or a key, the kiosk goes back to its start (JavaScript only).</summary>
    public int IdleSeconds { get; set; } = 90;
}
