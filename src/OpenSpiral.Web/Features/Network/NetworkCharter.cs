using System.Collections.Concurrent;

namespace OpenSpiral.Web.Features.Network;

/// <summary>The Charter of Territories of Co-responsibility, as Markdown embedded per language (English when a language has none).</summary>
public static class NetworkCharter
{
    private static readonly ConcurrentDictionary<string, string?> Texts = new();

    /// <summary>The charter in <paramref name="language"/>, or in English; and the language it is in.</summary>
    public static (string Markdown, string Language) In(string language) =>
        Read(language) is { } text ? (text, language) : (Read("en")!, "en");

    private static string? Read(string language) => Texts.GetOrAdd(language, code =>
    {
        using var stream = typeof(NetworkCharter).Assembly.GetManifestResourceStream($"OpenSpiral.Web.charter.{code}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
