using MimeKit;

namespace OpenSpiral.Web.Features.Accounts;

public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}
