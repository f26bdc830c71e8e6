using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using MimeKit;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>The account mails, written in the language of the request that triggers them.</summary>
internal sealed class AccountEmailSender(IMailTransport transport, IStringLocalizer<SharedResource> localizer) : IEmailSender<User>
{
    // Identity's endpoints hand over the confirmation link already HTML-encoded; decode it once so
    // that both parts of the mail encode it for themselves.
    public Task SendConfirmationLinkAsync(User user, string email, string confirmationLink) =>
        SendLinkAsync(email, localizer["Confirm your OpenSpiral account"], localizer["Confirm your account by opening this link: {0}"], WebUtility.HtmlDecode(confirmationLink));

    // The forgot-password page hands over the link as it is.
    public Task SendPasswordResetLinkAsync(User user, string email, string resetLink) =>
        SendLinkAsync(email, localizer["Reset your OpenSpiral password"], localizer["Choose a new password by opening this link: {0}"], resetLink);

    public Task SendPasswordResetCodeAsync(User user, string email, string resetCode)
    {
        var text = localizer["Your password reset code is: {0}", resetCode];
        return SendAsync(email, localizer["Reset your OpenSpiral password"], text, $"<p>{WebUtility.HtmlEncode(text)}</p>");
    }

    // The text part shows the address; the HTML part makes it a link that mail readers can follow.
    private Task SendLinkAsync(string to, string subject, string sentence, string link)
    {
        var text = string.Format(CultureInfo.CurrentCulture, sentence, link);
        var encodedLink = WebUtility.HtmlEncode(link);
        var html = string.Format(CultureInfo.CurrentCulture, WebUtility.HtmlEncode(sentence), $"<a href=\"{encodedLink}\">{encodedLink}</a>");
        return SendAsync(to, subject, text, $"<p>{html}</p>");
    }

    private Task SendAsync(string to, string subject, string text, string html)
    {
        var message = new MimeMessage { Subject = subject };
        message.To.Add(MailboxAddress.Parse(to));
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        message.Body = body.ToMessageBody();
        return transport.SendAsync(message);
    }
}
