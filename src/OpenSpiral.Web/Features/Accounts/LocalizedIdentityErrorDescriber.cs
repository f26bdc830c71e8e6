using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>Identity's errors in the user's language.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), localizer["An account already uses the e-mail {0}.", email]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), localizer["An account already uses the e-mail {0}.", userName]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), localizer["The e-mail {0} is not valid.", email ?? ""]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), localizer["The e-mail {0} is not valid.", userName ?? ""]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), localizer["This link has expired or was already used. Ask for a new one."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), localizer["The password is not correct."]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), localizer["The password must have at least {0} characters.", length]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), localizer["The password must contain a digit (0-9)."]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), localizer["The password must contain a lowercase letter."]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), localizer["The password must contain an uppercase letter."]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), localizer["The password must contain a symbol such as - or !."]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), localizer["The password must use at least {0} different characters.", uniqueChars]);

    public override IdentityError DefaultError() => Error(nameof(DefaultError), localizer["Something went wrong. Please try again."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
