using System.Text;

namespace OpenSpiral.Web.Infrastructure.Text;

/// <summary>
/// Text as both databases can store it. PostgreSQL refuses the NUL character and invalid UTF-16
/// (a lone surrogate half) where SQLite keeps them, so every text that comes in loses them, and
/// every other control character with them (they are invisible and mean nothing in citizens'
/// words), whatever the way in. Tab, line feed and carriage return stay. See docs/decisions/0010.
/// </summary>
public static class StorableText
{
    /// <summary>The text without the characters that cannot be stored; the same instance when there are none.</summary>
    public static string Clean(string text)
    {
        var first = IndexOfUnstorable(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length - 1).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                clean.Append(text, i++, 2);
            }
            else if (!IsUnstorable(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }

    /// <summary>The position of the first character that cannot be stored, or -1.</summary>
    public static int IndexOfUnstorable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                i++;
            }
            else if (IsUnstorable(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // A surrogate that is not part of a pair (pairs are skipped above) is a lone half.
    private static bool IsUnstorable(char c) =>
        char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r'));
}
