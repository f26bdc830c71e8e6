using MimeKit;

namespace OpenSpiral.Tests.Accounts;

/// <summary>Reads the mails the application wrote as .eml files into its pickup folder.</summary>
public static class MailFolder
{
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

    /// <summary>Every mail to <paramref name="recipient"/> whose subject contains <paramref name="subject"/>, oldest first.</summary>
    public static async Task<List<MimeMessage>> ReadAllAsync(string folder, string recipient, string subject)
    {
        var mails = new List<MimeMessage>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, recipient, StringComparison.OrdinalIgnoreCase))
                && message.Subject?.Contains(subject, StringComparison.Ordinal) == true)
            {
                mails.Add(message);
            }
        }

        // The files are named by the time they were written, to the millisecond.
        return mails;
    }
}
