using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>
/// A public, anonymous entry point (a self-service computer, a QR code on a poster) where citizens
/// answer the questions; entries land in <see cref="GroupId"/> and wait for approval.
/// </summary>
public class KioskCampaign
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }

    /// <summary>The public, unguessable part of the kiosk's address.</summary>
    public required string Code { get; set; }

    public required string Title { get; set; }
    public int GroupId { get; set; }
    public HomogeneousGroup? Group { get; set; }
    public bool IsOpen { get; set; } = true;
    public DateTime CreatedAt { get; set; }
}
