using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>Refuses the passwords attackers try first (see common-passwords.md) and the account's own e-mail.</summary>
internal sealed class CommonPasswordValidator(IStringLocalizer<SharedResource> l) : IPasswordValidator<User>
{
    public const string TooCommon = "PasswordTooCommon";
    public const string IsEmail = "PasswordIsEmail";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        if (IsTheEmail(password, user.Email ?? user.UserName))
        {
            errors.Add(new IdentityError { Code = IsEmail, Description = l["The password must not be your e-mail address."] });
        }
        else if (Common.Value.Contains(password))
        {
            errors.Add(new IdentityError { Code = TooCommon, Description = l["This password is among the most common ones: choose another."] });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static bool IsTheEmail(string password, string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return false;
        }

        var at = email.LastIndexOf('@');
        return password.Equals(email, StringComparison.OrdinalIgnoreCase)
            || (at > 0 && password.Equals(email[..at], StringComparison.OrdinalIgnoreCase));
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("OpenSpiral.Web.common-passwords.txt")
            ?? throw new InvalidOperationException("The common passwords resource is missing.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}
