using MimeKit;

namespace OpenSpiral.Tests.Accounts;

/// <summary>
/// Reads the mails the application wrote as .eml files into its pickup folder. Mails are sent in
/// the background after the request that queued them, so the reads wait for them a while.
/// </summary>
public static class MailFolder
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>The text of the newest mail to <paramref name="recipient"/> whose subject contains <paramref name="subject"/>.</summary>
    public static async Task<string> ReadLatestAsync(string folder, string recipient, string subject) =>
        (await ReadLatestMessageAsync(folder, recipient, subject)).TextBody ?? "";

    /// <summary>The newest mail to <paramref name="recipient"/> whose subject contains <paramref name="subject"/>.</summary>
    public static async Task<MimeMessage> ReadLatestMessageAsync(string folder, string recipient, string subject)
    {
        var mails = await ReadAllAsync(folder, recipient, subject);
        Assert.True(mails.Count > 0, $"No mail to {recipient} about '{subject}' in {folder}.");
        return mails[^1];
    }

    /// <summary>
    /// Every mail to <paramref name="recipient"/> whose subject contains <paramref name="subject"/>, oldest first,
    /// once there are at least <paramref name="expected"/> of them or after a few seconds.
    /// </summary>
    public static async Task<List<MimeMessage>> ReadAllAsync(string folder, string recipient, string subject, int expected = 1)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var mails = await ReadNowAsync(folder, recipient, subject);
            if (mails.Count >= expected || DateTime.UtcNow >= deadline)
            {
                return mails;
            }

            await Task.Delay(50);
        }
    }

    private static async Task<List<MimeMessage>> ReadNowAsync(string folder, string recipient, string subject)
    {
        var mails = new List<MimeMessage>();

        // The files are named by the time they were written, to the millisecond.
        foreach (var file in Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, recipient, StringComparison.OrdinalIgnoreCase))
                && message.Subject?.Contains(subject, StringComparison.Ordinal) == true)
            {
                mails.Add(message);
            }
        }

        return mails;
    }
}
