using OpenSpiral.Web.Features.Demo;

namespace OpenSpiral.Tests;

/// <summary>The demo network the tests rely on: two territories and one account per role.</summary>
public static class DemoData
{
    /// <summary>Territory 1: Mulhouse, with a coordinator and a facilitator.</summary>
    public const string Territory1Slug = "mulhouse";

    /// <summary>Territory 2: Pergine Valsugana, with its own coordinator.</summary>
    public const string Territory2Slug = "pergine-valsugana";

    public const string Administrator = DemoSeeder.AdminEmail;
    public const string Coordinator1 = DemoSeeder.CoordinatorEmail;
    public const string Facilitator1 = DemoSeeder.FacilitatorEmail;
    public const string Coordinator2 = DemoSeeder.Coordinator2Email;
    public const string Member = DemoSeeder.MemberEmail;
}
