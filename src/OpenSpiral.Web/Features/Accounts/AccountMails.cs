using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using MimeKit;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// The account mails. Every link in them starts with the configured public address (never the
/// request's Host). Mails the owner asked for are in the request's language; warnings sent
/// because of someone else's request are in the owner's preferred language when there is one.
/// A mail is written here, in the request's culture, and only queued: <see cref="MailOutboxSender"/> sends it.
/// </summary>
public sealed class AccountMails(UserManager<User> users, MailOutbox outbox, PublicOrigin origin, IStringLocalizer<SharedResource> localizer)
{
    public const string ConfirmEmailPage = "/account/confirm-email";
    public const string ResetPasswordPage = "/account/reset-password";
    public const string RegisterPage = "/account/register";

    /// <summary>Where the confirmation link leads: the page for people, the API endpoint for API clients.</summary>
    public enum ConfirmationTarget
    {
        Page,
        Api,
    }

    public async Task SendConfirmationLinkAsync(User user, ConfirmationTarget target, string? changedEmail = null)
    {
        var code = changedEmail is null
            ? await users.GenerateEmailConfirmationTokenAsync(user)
            : await users.GenerateChangeEmailTokenAsync(user, changedEmail);
        var values = new Dictionary<string, string?> { ["userId"] = user.Id, ["code"] = Encode(code) };
        if (changedEmail is not null)
        {
            values["changedEmail"] = changedEmail;
        }

        if (target == ConfirmationTarget.Page)
        {
            values[MailLanguageParameter] = MailLanguage;
        }

        var path = target == ConfirmationTarget.Page ? ConfirmEmailPage : AccountsApi.ConfirmEmailPath;
        var link = origin.Link(QueryHelpers.AddQueryString(path, values)).AbsoluteUri;
        await SendLinkAsync(changedEmail ?? user.Email!, localizer["Confirm your OpenSpiral account"], localizer["Confirm your account by opening this link: {0}"], link);
    }

    public async Task SendPasswordResetLinkAsync(User user) =>
        await SendLinkAsync(user.Email!, localizer["Reset your OpenSpiral password"], localizer["Choose a new password by opening this link: {0}"], await ResetLinkAsync(user));

    public async Task SendPasswordResetCodeAsync(User user)
    {
        var text = localizer["Your password reset code is: {0}", Encode(await users.GeneratePasswordResetTokenAsync(user))];
        await SendAsync(user.Email!, localizer["Reset your OpenSpiral password"], text, $"<p>{WebUtility.HtmlEncode(text)}</p>");
    }

    /// <summary>Invites an address without an account to a territory's coordination group, in the coordinator's language.</summary>
    public Task SendInvitationAsync(string email, string territoryName, string token)
    {
        var values = new Dictionary<string, string?> { ["invitation"] = token, [MailLanguageParameter] = MailLanguage };
        var link = origin.Link(QueryHelpers.AddQueryString(RegisterPage, values)).AbsoluteUri;
        const string Sentence = "You are invited to join the coordination group of {0} on OpenSpiral. Create your account with this address by opening this link: {1}";
        var encodedLink = WebUtility.HtmlEncode(link);
        var text = localizer[Sentence, territoryName, link].Value;
        var html = localizer[Sentence, WebUtility.HtmlEncode(territoryName), $"<a href=\"{encodedLink}\">{encodedLink}</a>"].Value;
        return SendAsync(email, localizer["You are invited to the coordination group of {0}", territoryName], text, $"<p>{html}</p>");
    }

    /// <summary>Tells the owner of an address that someone tried to register with it (the visitor is told nothing).</summary>
    public async Task SendRegistrationAttemptAsync(User user)
    {
        using var language = InOwnersLanguage(user);
        await SendLinkAsync(user.Email!, localizer["Someone tried to register with your e-mail"],
            localizer["Someone tried to create an OpenSpiral account with your e-mail address, which already has one. If it was not you, you can ignore this message. If it was you and you forgot your password, choose a new one by opening this link: {0}"],
            await ResetLinkAsync(user));
    }

    /// <summary>Tells the owner, once per lockout, that failed logins locked the account.</summary>
    public async Task SendLockedOutAsync(User user)
    {
        using var language = InOwnersLanguage(user);
        await SendLinkAsync(user.Email!, localizer["Your OpenSpiral account is locked for a while"],
            localizer["Too many attempts to log in to your OpenSpiral account failed, so it is locked for a while. If it was not you, someone may be trying to guess your password. Choosing a new password with this link also unlocks the account: {0}"],
            await ResetLinkAsync(user));
    }

    private async Task<string> ResetLinkAsync(User user)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var values = new Dictionary<string, string?> { ["email"] = user.Email, ["token"] = token, [MailLanguageParameter] = MailLanguage };
        return origin.Link(QueryHelpers.AddQueryString(ResetPasswordPage, values)).AbsoluteUri;
    }

    // The page a mail leads to speaks the mail's language, even on a device that never chose one.
    private const string MailLanguageParameter = "culture";

    private static string MailLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static LanguageScope InOwnersLanguage(User user) => new(user.PreferredLanguage);

    // The text part shows the address; the HTML part makes it a link that mail readers can follow.
    private Task SendLinkAsync(string to, string subject, string sentence, string link)
    {
        var text = string.Format(CultureInfo.CurrentCulture, sentence, link);
        var encodedLink = WebUtility.HtmlEncode(link);
        var html = string.Format(CultureInfo.CurrentCulture, WebUtility.HtmlEncode(sentence), $"<a href=\"{encodedLink}\">{encodedLink}</a>");
        return SendAsync(to, subject, text, $"<p>{html}</p>");
    }

    private async Task SendAsync(string to, string subject, string text, string html)
    {
        var message = new MimeMessage { Subject = subject };
        message.To.Add(MailboxAddress.Parse(to));
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        message.Body = body.ToMessageBody();
        await outbox.EnqueueAsync(message);
    }

    /// <summary>Switches the UI culture to a language for the time of one mail.</summary>
    private sealed class LanguageScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public LanguageScope(string? language)
        {
            if (language is not null)
            {
                var culture = CultureInfo.GetCultureInfo(Languages.Normalize(language));
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
            }
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
