namespace OpenSpiral.Web.Features.OpenData;

/// <summary>The licences network administrators choose from for the open data, by SPDX identifier.</summary>
public static class OpenDataLicences
{
    public static readonly IReadOnlyList<string> Choices = ["CC-BY-4.0", "CC-BY-SA-4.0", "ODbL-1.0", "CC0-1.0"];

    public static bool IsKnown(string? id) => id is not null && Choices.Contains(id, StringComparer.Ordinal);

    public static string Url(string id) => $"https://spdx.org/licenses/{id}.html";

    public static string Name(string id) => id switch
    {
        "CC-BY-4.0" => "Creative Commons Attribution 4.0 International",
        "CC-BY-SA-4.0" => "Creative Commons Attribution Share Alike 4.0 International",
        "ODbL-1.0" => "Open Data Commons Open Database License v1.0",
        "CC0-1.0" => "Creative Commons Zero v1.0 Universal",
        _ => id,
    };
}
