namespace OpenSpiral.Web.Features.Accounts;

public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "OpenSpiral <no-reply@openspiral.local>";

    /// <summary>Where mails are written as .eml files when no SMTP host is set (relative to the content root).</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }
        public int Port { get; set; } = 587;
        public bool UseStartTls { get; set; } = true;
        public string? UserName { get; set; }
        public string? Password { get; set; }
    }
}
