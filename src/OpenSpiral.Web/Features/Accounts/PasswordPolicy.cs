using Microsoft.AspNetCore.Identity;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// Length and a list of common passwords instead of character-class rules (NIST SP 800-63B), and
/// hashes at OWASP's current work factor for PBKDF2-HMAC-SHA512.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;

    /// <summary>OWASP's Password Storage Cheat Sheet figure for PBKDF2-HMAC-SHA512 (Identity's V3 format).</summary>
    public const int HashIterations = 210_000;

    public static IServiceCollection AddPasswordPolicy(this IServiceCollection services)
    {
        services.Configure<IdentityOptions>(o =>
        {
            o.Password.RequiredLength = MinimumLength;
            o.Password.RequireDigit = false;
            o.Password.RequireLowercase = false;
            o.Password.RequireUppercase = false;
            o.Password.RequireNonAlphanumeric = false;
            o.Password.RequiredUniqueChars = 4;
        });

        // Hashes made with fewer iterations are re-hashed by UserManager at the next successful login.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = HashIterations);
        services.AddScoped<IPasswordValidator<User>, CommonPasswordValidator>();
        return services;
    }
}
