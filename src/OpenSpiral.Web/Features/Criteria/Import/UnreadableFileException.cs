using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>The file cannot be read any further (bad encoding, not a workbook): reading stops at <see cref="Line"/>.</summary>
public sealed class UnreadableFileException : Exception
{
    public UnreadableFileException()
    {
        Describe = l => l["The file cannot be read."];
    }

    public UnreadableFileException(string message)
        : base(message)
    {
        Describe = l => l["The file cannot be read."];
    }

    public UnreadableFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Describe = l => l["The file cannot be read."];
    }

    public UnreadableFileException(int? line, Func<IStringLocalizer, string> describe, Exception? innerException = null)
        : base("The criteria file cannot be read.", innerException)
    {
        Line = line;
        Describe = describe;
    }

    public int? Line { get; }

    public Func<IStringLocalizer, string> Describe { get; }
}
