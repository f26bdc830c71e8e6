using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using OpenSpiral.Web.Features.Accounts;

namespace OpenSpiral.Tests.Accounts;

/// <summary>
/// The test application (same database, same pickup folder) whose mail transport takes
/// <see cref="SlowMailTransport.Delay"/> per mail, as a distant SMTP server may.
/// </summary>
public static class SlowMailApplication
{
    public static WebApplicationFactory<Program> Create(OpenSpiralApplication app) =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(provider => new SlowMailTransport(ActivatorUtilities.CreateInstance<MailTransport>(provider)));
            services.AddSingleton<IMailTransport>(provider => provider.GetRequiredService<SlowMailTransport>());
        }));

    public static SlowMailTransport Transport(WebApplicationFactory<Program> factory) => factory.Services.GetRequiredService<SlowMailTransport>();
}

/// <summary>Waits, then hands the mail to the real transport and remembers it.</summary>
public sealed class SlowMailTransport(IMailTransport inner) : IMailTransport
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    public ConcurrentQueue<MimeMessage> Sent { get; } = new();

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        await Task.Delay(Delay, cancellationToken);
        await inner.SendAsync(message, cancellationToken);
        Sent.Enqueue(message);
    }
}
