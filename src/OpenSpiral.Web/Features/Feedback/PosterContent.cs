namespace OpenSpiral.Web.Features.Feedback;

/// <summary>What a printable poster shows: a heading, a sentence, the short link and its QR code, in the poster's language.</summary>
public sealed record PosterContent(string Heading, string Lead, string Url, string QrSource, string QrDescription, string Language = "en");
