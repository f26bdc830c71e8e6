using OpenSpiral.Web.Infrastructure.Text;

namespace OpenSpiral.Tests.TextInput;

public sealed class StorableTextTests
{
    [Theory]
    [InlineData("Un banc\0 au parc", "Un banc au parc")]
    [InlineData("\u0001Bell\u0007, escape\u001B, delete\u007F, next line\u0085", "Bell, escape, delete, next line")]
    [InlineData("Tab\tline\nreturn\r\n", "Tab\tline\nreturn\r\n")]
    [InlineData("A pair 😀 and a joiner 👩\u200D👧 stay", "A pair 😀 and a joiner 👩\u200D👧 stay")]
    [InlineData("\0\u0002", "")]
    public void Control_characters_and_lone_surrogates_are_removed_and_nothing_else(string text, string expected) =>
        Assert.Equal(expected, StorableText.Clean(text));

    // Built in code: a lone surrogate does not survive as theory data.
    [Fact]
    public void Lone_surrogate_halves_are_removed_and_pairs_kept()
    {
        Assert.Equal("Lone  half", StorableText.Clean("Lone " + '\uD83D' + " half"));
        Assert.Equal("End half ", StorableText.Clean("End half " + '\uDE00'));
        Assert.Equal("Reversed ", StorableText.Clean("Reversed " + '\uDE00' + '\uD83D'));
        Assert.Equal(5, StorableText.IndexOfUnstorable("Lone " + '\uD83D'));
    }

    [Fact]
    public void Clean_text_is_answered_as_it_is()
    {
        var text = "Des voisins qui disent bonjour";

        Assert.Same(text, StorableText.Clean(text));
        Assert.Equal(-1, StorableText.IndexOfUnstorable(text));
        Assert.Equal(7, StorableText.IndexOfUnstorable("Un banc\0"));
    }
}
