namespace OpenSpiral.Web.Features.Network;

/// <summary>The single row of settings that describe the network this installation serves.</summary>
public class NetworkSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public string Name { get; set; } = "OpenSpiral network";
    public string DefaultLanguage { get; set; } = "en";
    public string? ContactEmail { get; set; }

    /// <summary>The SPDX identifier of the licence of the network's open data (chosen by the administrators).</summary>
    public string OpenDataLicence { get; set; } = "CC-BY-4.0";
    public DateTime UpdatedAt { get; set; }
}
