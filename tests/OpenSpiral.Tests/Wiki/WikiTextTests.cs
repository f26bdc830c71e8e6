using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.Tests.Wiki;

public sealed class WikiTextTests
{
    [Theory]
    [InlineData("Les groupes homogènes !", "les-groupes-homogenes")]
    [InlineData("  Co-évaluation -- des actions ", "co-evaluation-des-actions")]
    [InlineData("新しい", "page")]
    [InlineData("New", "page")]
    public void An_address_is_suggested_from_the_title(string title, string slug) =>
        Assert.Equal(slug, WikiSlugs.Suggest(title));

    [Fact]
    public void The_diff_marks_whole_lines_removed_and_added_and_words_changed_inside_a_line()
    {
        var lines = WikiDiff.Compare("Same.\nOld words here.\nRemoved.", "Same.\nNew words here.\nAdded.\nAnother.");

        Assert.Equal(WikiDiff.Kind.Same, lines[0].Kind);
        Assert.Equal(WikiDiff.Kind.Changed, lines[1].Kind);
        Assert.Equal([new(WikiDiff.Kind.Deleted, "Old"), new(WikiDiff.Kind.Inserted, "New"), new(WikiDiff.Kind.Same, " words here.")], lines[1].Pieces);
        Assert.Equal(WikiDiff.Kind.Inserted, lines[^1].Kind);
        Assert.Equal("Another.", lines[^1].Pieces[0].Text);
    }
}
