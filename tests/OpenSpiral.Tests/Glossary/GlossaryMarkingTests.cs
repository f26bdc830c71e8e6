using OpenSpiral.Web.Features.Glossary;

namespace OpenSpiral.Tests.Glossary;

public sealed class GlossaryMarkingTests
{
    private static readonly GlossaryTermSet Terms = new(
    [
        new MarkedTerm("criterion", "criterion", "One idea on a post-it."),
        new MarkedTerm("coordination-group", "coordination group", "The people who run the process."),
        new MarkedTerm("group", "group", "Some people."),
        new MarkedTerm("evil", "payload", "<script>alert(1)</script> & <b>bold</b>"),
    ]);

    private static string Mark(string html)
    {
        var id = 0;
        return GlossaryMarker.Mark(html, Terms, key => "/glossary#" + key, "In the glossary", () => ++id);
    }

    [Fact]
    public void The_first_occurrence_of_a_term_becomes_a_focusable_dfn_with_its_definition_in_a_tooltip()
    {
        var html = Mark("<p>A Criterion here, another criterion there.</p>");

        Assert.Equal(
            "<p>A <span class=\"glossary-mark\"><dfn class=\"glossary-term\" tabindex=\"0\" aria-describedby=\"gloss-criterion-1\">Criterion</dfn>"
            + "<span class=\"glossary-tip\" id=\"gloss-criterion-1\" role=\"tooltip\">One idea on a post-it. <a href=\"/glossary#criterion\">In the glossary</a></span></span>"
            + " here, another criterion there.</p>",
            html);
    }

    [Fact]
    public void Whole_words_only_and_the_longest_term_wins()
    {
        var html = Mark("<p>Criteria and subgroups; the Coordination\ngroup meets.</p>");

        Assert.DoesNotContain("gloss-criterion", html, StringComparison.Ordinal);
        Assert.DoesNotContain("gloss-group-", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"gloss-coordination-group-1\">Coordination\ngroup</dfn>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p><a href=\"/x\">criterion</a></p>")]
    [InlineData("<p><code>criterion</code></p>")]
    [InlineData("<pre><code>criterion</code></pre>")]
    [InlineData("<h2 id=\"criterion\">criterion</h2>")]
    public void Nothing_is_marked_inside_links_code_or_headings(string html)
    {
        Assert.Equal(html, Mark(html));
    }

    [Fact]
    public void A_term_inside_a_heading_is_marked_at_its_first_occurrence_outside()
    {
        var html = Mark("<h2>criterion</h2><p>The criterion.</p>");

        Assert.StartsWith("<h2>criterion</h2><p>The <span class=\"glossary-mark\"><dfn", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_containing_markup_stays_text()
    {
        var html = Mark("<p>The payload.</p>");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; <a href=\"/glossary#evil\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_terms_is_returned_as_it_was()
    {
        const string html = "<p>Nothing &amp; nobody.</p>";

        Assert.Same(html, Mark(html));
        Assert.Equal("<p>x</p>", GlossaryMarker.Mark("<p>x</p>", GlossaryTermSet.Empty, k => k, "", () => 1));
    }
}
