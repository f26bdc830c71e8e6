using System.Globalization;
using CsvHelper;

namespace OpenSpiral.Web.Infrastructure.Spreadsheets;

/// <summary>
/// How every CSV the site writes separates fields and writes numbers, so that a double click opens
/// it in columns in the reader's spreadsheet. A language that writes 1,5 (French, German, Italian...)
/// gets semicolons and decimal commas, as Excel expects there; others get commas and decimal points.
/// The rule reads the decimal separator, not <see cref="TextInfo.ListSeparator"/>, which ICU on Linux
/// does not give reliably. Dates are ISO 8601 in both, and every file is UTF-8 with a byte order mark.
/// </summary>
public sealed record CsvFormat(char Separator, CultureInfo Culture)
{
    public static readonly CsvFormat Comma = new(',', NumbersAndDates(decimalSeparator: "."));
    public static readonly CsvFormat Semicolon = new(';', NumbersAndDates(decimalSeparator: ","));

    /// <summary>The value of <c>separator=</c> in a download link that asks for one format whatever the language.</summary>
    public static readonly IReadOnlyList<string> Choices = ["comma", "semicolon"];

    public static CsvFormat For(CultureInfo culture) => culture.NumberFormat.NumberDecimalSeparator == "," ? Semicolon : Comma;

    /// <summary>The format a download asked for with <c>separator=</c>, else the request language's; null for an unknown choice.</summary>
    public static CsvFormat? Choose(string? separator, CultureInfo culture) => separator?.Trim().ToLowerInvariant() switch
    {
        null or "" => For(culture),
        "comma" => Comma,
        "semicolon" => Semicolon,
        _ => null,
    };

    /// <summary>The writer options: UTF-8 with a byte order mark (so that spreadsheets read accents right), CRLF line ends (RFC 4180).</summary>
    public CsvWriterOptions Options(CsvWriterOptions baseline) => baseline with
    {
        Separator = Separator,
        FormatProvider = Culture,
        WriteByteOrderMark = true,
        NewLine = "\r\n",
    };

    public string Number(decimal value, string? format = null) => value.ToString(format, Culture);

    public string Number(IFormattable value) => value.ToString(null, Culture);

    // No thousands separators (a spreadsheet would read "1 234" as text) and ISO dates, whatever the separator.
    private static CultureInfo NumbersAndDates(string decimalSeparator)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = decimalSeparator;
        culture.NumberFormat.NumberGroupSeparator = "";
        culture.DateTimeFormat.ShortDatePattern = "yyyy-MM-dd";
        culture.DateTimeFormat.LongTimePattern = "HH:mm:ss";
        culture.DateTimeFormat.ShortTimePattern = "HH:mm";
        return CultureInfo.ReadOnly(culture);
    }
}
