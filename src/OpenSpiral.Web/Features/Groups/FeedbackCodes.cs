using System.Security.Cryptography;

namespace OpenSpiral.Web.Features.Groups;

/// <summary>Short, unguessable codes for public group pages (no look-alike characters, easy to type from a poster).</summary>
public static class FeedbackCodes
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 10);
}
