using System.Threading.Channels;
using MimeKit;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// The account mails waiting to be sent by <see cref="MailOutboxSender"/>. A request only queues
/// its mail, so that it takes as long whether or not the address has an account (and thus a mail).
/// </summary>
public sealed class MailOutbox
{
    /// <summary>Beyond this many waiting mails, a request waits for room rather than drop its mail.</summary>
    public const int Capacity = 1000;

    private readonly Channel<MimeMessage> _mails = Channel.CreateBounded<MimeMessage>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public ValueTask EnqueueAsync(MimeMessage message, CancellationToken cancellationToken = default) =>
        _mails.Writer.WriteAsync(message, cancellationToken);

    internal ChannelReader<MimeMessage> Reader => _mails.Reader;
}
