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

    [Fact]
    public void The_lines_both_revisions_share_at_both_ends_stay_the_same_around_the_changes()
    {
        var lines = WikiDiff.Compare("A\nB\nold\nC\nD", "A\nB\nnew\nC\nD");

        Assert.Equal(
            [(WikiDiff.Kind.Same, "A"), (WikiDiff.Kind.Same, "B"), (WikiDiff.Kind.Changed, "oldnew"), (WikiDiff.Kind.Same, "C"), (WikiDiff.Kind.Same, "D")],
            lines.Select(l => (l.Kind, string.Concat(l.Pieces.Select(p => p.Text)))));
    }

    [Theory]
    [InlineData(WikiDiff.MaxComparedLines, WikiDiff.Kind.Changed)]
    [InlineData(WikiDiff.MaxComparedLines + 1, WikiDiff.Kind.Deleted)]
    public void Up_to_the_limit_changed_lines_are_compared_line_by_line_and_beyond_shown_removed_then_added(int changed, WikiDiff.Kind first)
    {
        var before = "Top\n" + string.Concat(Enumerable.Repeat("a\n", changed)) + "Bottom";
        var after = "Top\n" + string.Concat(Enumerable.Repeat("b\n", changed)) + "Bottom";

        var lines = WikiDiff.Compare(before, after);

        var expected = first == WikiDiff.Kind.Changed
            ? Enumerable.Repeat(WikiDiff.Kind.Changed, changed)
            : Enumerable.Repeat(WikiDiff.Kind.Deleted, changed).Concat(Enumerable.Repeat(WikiDiff.Kind.Inserted, changed));
        Assert.Equal([WikiDiff.Kind.Same, .. expected, WikiDiff.Kind.Same], lines.Select(l => l.Kind));
    }

    [Fact]
    public void Two_revisions_of_a_hundred_thousand_different_lines_are_shown_removed_then_added()
    {
        var before = string.Concat(Enumerable.Repeat("a\n", 99_999)) + "a";
        var after = string.Concat(Enumerable.Repeat("b\n", 99_999)) + "b";

        var lines = WikiDiff.Compare(before, after);

        Assert.Equal(200_000, lines.Count);
        Assert.All(lines.Take(100_000), l => Assert.Equal((WikiDiff.Kind.Deleted, "a"), (l.Kind, l.Pieces.Single().Text)));
        Assert.All(lines.Skip(100_000), l => Assert.Equal((WikiDiff.Kind.Inserted, "b"), (l.Kind, l.Pieces.Single().Text)));
    }

    [Theory]
    [InlineData(WikiDiff.MaxComparedLineLength, 3)]
    [InlineData(WikiDiff.MaxComparedLineLength + 1, 2)]
    public void A_changed_line_is_compared_word_by_word_up_to_the_limit_and_beyond_shown_whole(int length, int pieces)
    {
        var before = "x" + new string(' ', length - 2) + "a";
        var after = "y" + new string(' ', length - 2) + "a";

        var line = Assert.Single(WikiDiff.Compare(before, after));

        Assert.Equal(WikiDiff.Kind.Changed, line.Kind);
        Assert.Equal(pieces, line.Pieces.Count);
        Assert.Equal(before, string.Concat(line.Pieces.Where(p => p.Kind != WikiDiff.Kind.Inserted).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(line.Pieces.Where(p => p.Kind != WikiDiff.Kind.Deleted).Select(p => p.Text)));
    }
}
