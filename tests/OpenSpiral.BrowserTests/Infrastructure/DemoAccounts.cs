namespace OpenSpiral.BrowserTests.Infrastructure;

/// <summary>The accounts the demo network creates (password <see cref="BrowserFixture.DemoPassword"/>).</summary>
public static class DemoAccounts
{
    public const string Administrator = "admin@openspiral.demo";

    /// <summary>Coordinator of Mulhouse; prefers French.</summary>
    public const string Coordinator = "coordinator@openspiral.demo";

    /// <summary>Facilitator in Mulhouse only; prefers French.</summary>
    public const string Facilitator = "facilitator@openspiral.demo";

    public const string FirstTerritory = "mulhouse";
    public const string SecondTerritory = "pergine-valsugana";
    public const string FirstTerritoryGroup = "Jeunes de Bourtzwiller";

    /// <summary>The demo kiosk of the first territory, open, feeding its rainbow group.</summary>
    public const string Kiosk = "mulhouse-kiosk";

    public const string KioskTitle = "Vos idées pour le bien-être à Mulhouse";
}
