using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>Sends through SMTP when a host is configured, otherwise writes .eml files to the pickup folder.</summary>
internal sealed class MailTransport(IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<MailTransport> logger) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        message.From.Clear();
        message.From.Add(MailboxAddress.Parse(settings.From));

        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            var folder = Path.Combine(environment.ContentRootPath, settings.PickupDirectory);
            Directory.CreateDirectory(folder);
            var name = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}");
            var path = name + ".eml";

            // Written aside then renamed, so that whoever watches the folder never reads half a mail.
            await message.WriteToAsync(name + ".tmp", cancellationToken);
            File.Move(name + ".tmp", path);
            logger.LogInformation("Mail to {Recipients} written to {Path}", message.To, path);
            return;
        }

        using var client = new SmtpClient();
        var security = settings.Smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto;
        await client.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
