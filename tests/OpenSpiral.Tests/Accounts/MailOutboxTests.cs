using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Accounts;

namespace OpenSpiral.Tests.Accounts;

/// <summary>
/// Account mails are sent in the background: a request that mails (only when the address has an
/// account) answers as fast as one that does not, however slow the mail server is.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class MailOutboxTests(OpenSpiralApplication app)
{
    private const string Password = "Mail-outbox-2026!";
    private static readonly TimeSpan WellUnderTheDelay = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task The_API_answers_a_password_reset_request_for_a_known_account_without_waiting_for_the_mail_server()
    {
        var email = TestAccounts.NewEmail("slow-forgot");
        await TestAccounts.RegisterConfirmedAsync(app, email, Password);
        await using var slow = SlowMailApplication.Create(app);
        using var client = slow.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using (var warmUp = await client.PostAsJsonAsync("/api/v1/identity/forgotPassword", new { email = TestAccounts.NewEmail("nobody") }))
        {
            Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        }

        var watch = Stopwatch.StartNew();
        using var forgot = await client.PostAsJsonAsync("/api/v1/identity/forgotPassword", new { email });
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        Assert.True(watch.Elapsed < WellUnderTheDelay, $"The request took {watch.Elapsed}.");
        var mail = await MailFolder.ReadLatestAsync(app.MailPickupDirectory, email, "Reset your OpenSpiral password");
        Assert.StartsWith("Your password reset code is: ", mail, StringComparison.Ordinal);
        Assert.Contains(SlowMailApplication.Transport(slow).Sent, m => m.To.Mailboxes.Single().Address == email);
    }

    [Fact]
    public async Task The_forgot_password_page_answers_for_a_known_account_without_waiting_for_the_mail_server()
    {
        var email = TestAccounts.NewEmail("slow-page");
        await TestAccounts.RegisterConfirmedAsync(app, email, Password);
        await using var slow = SlowMailApplication.Create(app);
        using var browser = slow.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        using (var warmUp = await PageForm.PostAsync(browser, "/account/forgot-password?culture=fr", [new("Input.Email", TestAccounts.NewEmail("nobody"))]))
        {
            Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        }

        var watch = Stopwatch.StartNew();
        using var asked = await PageForm.PostAsync(browser, "/account/forgot-password?culture=fr", [new("Input.Email", email)]);
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.True(watch.Elapsed < WellUnderTheDelay, $"The page took {watch.Elapsed}.");
        var mail = await MailFolder.ReadLatestAsync(app.MailPickupDirectory, email, "Réinitialisez votre mot de passe OpenSpiral");
        Assert.StartsWith("Choisissez un nouveau mot de passe en ouvrant ce lien\u00A0: https://openspiral.example.org/account/reset-password?email=", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_a_taken_address_answers_without_waiting_for_the_mail_to_its_owner()
    {
        var taken = TestAccounts.NewEmail("slow-taken");
        await TestAccounts.RegisterConfirmedAsync(app, taken, Password);
        await using var slow = SlowMailApplication.Create(app);
        using var client = slow.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using (var warmUp = await client.PostAsJsonAsync("/api/v1/identity/register", new { email = "not-an-address", password = Password }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, warmUp.StatusCode);
        }

        var watch = Stopwatch.StartNew();
        using var registered = await client.PostAsJsonAsync("/api/v1/identity/register", new { email = taken, password = "Intruders-password-2026!" });
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.True(watch.Elapsed < WellUnderTheDelay, $"The registration took {watch.Elapsed}.");
        var mail = await MailFolder.ReadLatestAsync(app.MailPickupDirectory, taken, "Someone tried to register with your e-mail");
        Assert.StartsWith("Someone tried to create an OpenSpiral account with your e-mail address, which already has one.", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mails_still_queued_when_the_application_stops_are_sent_before_it_ends()
    {
        var first = TestAccounts.NewEmail("stopping-first");
        var second = TestAccounts.NewEmail("stopping-second");
        var slow = SlowMailApplication.Create(app);
        var transport = SlowMailApplication.Transport(slow);
        using (var client = slow.CreateClient(new() { AllowAutoRedirect = false }))
        {
            foreach (var email in new[] { first, second })
            {
                using var registered = await client.PostAsJsonAsync("/api/v1/identity/register", new { email, password = Password });
                Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
            }
        }

        // The first mail is on its way, the second still waits in the queue.
        Assert.Empty(transport.Sent);
        await slow.DisposeAsync();

        Assert.Equal([first, second], transport.Sent.Select(m => m.To.Mailboxes.Single().Address));
        Assert.Single(await MailFolder.ReadAllAsync(app.MailPickupDirectory, second, "Confirm your OpenSpiral account"));
    }

    [Fact]
    public async Task A_mail_the_server_refuses_once_is_sent_again_and_the_failure_is_logged_without_the_mail_body()
    {
        var email = TestAccounts.NewEmail("refused-once");
        var log = new LogCapture();
        await using var flaky = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IMailTransport>(provider => new RefusingOnceTransport(ActivatorUtilities.CreateInstance<MailTransport>(provider)));
            services.AddSingleton<ILoggerProvider>(log);
        }));
        using var client = flaky.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        using var registered = await client.PostAsJsonAsync("/api/v1/identity/register", new { email, password = Password });

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var mail = await MailFolder.ReadLatestAsync(app.MailPickupDirectory, email, "Confirm your OpenSpiral account");
        var warning = Assert.Single(log.Messages, m => m.Contains(email, StringComparison.Ordinal));
        Assert.Equal($"Mail to {email} (Confirm your OpenSpiral account) failed; trying again in 00:00:02 | The mail server refused the mail.", warning);
        Assert.DoesNotContain(TestAccounts.ConfirmationLink().Match(mail).Value, string.Join('\n', log.Messages), StringComparison.Ordinal);
    }

    private sealed class RefusingOnceTransport(IMailTransport inner) : IMailTransport
    {
        private int _calls;

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _calls) == 1
                ? throw new InvalidOperationException("The mail server refused the mail.")
                : inner.SendAsync(message, cancellationToken);
    }

    /// <summary>The messages the mail sender logs, with their exception's message.</summary>
    private sealed class LogCapture : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) =>
            categoryName == "OpenSpiral.Web.Features.Accounts.MailOutboxSender" ? this : NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Enqueue($"{formatter(state, exception)} | {exception?.Message}");

        public void Dispose()
        {
        }
    }
}
