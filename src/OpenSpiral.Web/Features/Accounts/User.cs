using Microsoft.AspNetCore.Identity;

namespace OpenSpiral.Web.Features.Accounts;

public class User : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>UI language chosen on the account page (null: follow the browser).</summary>
    public string? PreferredLanguage { get; set; }

    public DateTime CreatedAt { get; set; }
}
