namespace OpenSpiral.Web.Features.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Loads the demo network into an empty database. True in Development, false otherwise.</summary>
    public bool Enabled { get; set; }

    public const string Password = "Demo-2026-OpenSpiral";
}
