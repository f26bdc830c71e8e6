namespace OpenSpiral.Web.Features.Wiki;

/// <summary>The languages offered when a page is written or translated: the network's usual ones (any ISO 639-1 code works through the API).</summary>
public static class WikiLanguages
{
    public static readonly IReadOnlyList<string> Choices =
        ["en", "fr", "de", "es", "it", "pt", "nl", "el", "pl", "lv", "lt", "et", "sv", "fi", "da", "ro", "bg", "hr", "sl", "cs", "sk", "hu", "ca", "eu", "sq", "ka", "uk", "ar"];
}
