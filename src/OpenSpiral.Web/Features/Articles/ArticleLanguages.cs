namespace OpenSpiral.Web.Features.Articles;

/// <summary>The languages the network writes in: an article is in one of them.</summary>
public static class ArticleLanguages
{
    public static readonly IReadOnlyList<string> All =
        ["en", "fr", "it", "de", "es", "pt", "nl", "el", "pl", "lv", "lt", "et", "sv", "fi", "da", "ro", "bg", "cs", "sk", "sl", "hr", "hu", "ca", "tr", "ar", "uk"];

    public static string? Normalize(string? code) =>
        code?.Trim().ToLowerInvariant() is { } c && All.Contains(c) ? c : null;
}
