using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using MimeKit;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>The account mails, written in the language of the request that triggers them.</summary>
internal sealed class AccountEmailSender(IMailTransport transport, IStringLocalizer<SharedResource> localizer) : IEmailSender<User>
{
    public Task SendConfirmationLinkAsync(User user, string email, string confirmationLink) =>
        SendAsync(email, localizer["Confirm your OpenSpiral account"], localizer["Confirm your account by opening this link: {0}", confirmationLink]);

    public Task SendPasswordResetLinkAsync(User user, string email, string resetLink) =>
        SendAsync(email, localizer["Reset your OpenSpiral password"], localizer["Choose a new password by opening this link: {0}", resetLink]);

    public Task SendPasswordResetCodeAsync(User user, string email, string resetCode) =>
        SendAsync(email, localizer["Reset your OpenSpiral password"], localizer["Your password reset code is: {0}", resetCode]);

    private Task SendAsync(string to, string subject, string text)
    {
        var message = new MimeMessage { Subject = subject };
        message.To.Add(MailboxAddress.Parse(to));
        var body = new BodyBuilder
        {
            TextBody = text,
            HtmlBody = $"<p>{WebUtility.HtmlEncode(text)}</p>",
        };
        message.Body = body.ToMessageBody();
        return transport.SendAsync(message);
    }
}
