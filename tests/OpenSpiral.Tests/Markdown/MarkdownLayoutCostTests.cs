using System.Diagnostics;
using OpenSpiral.Web.Infrastructure.Markdown;

namespace OpenSpiral.Tests.Markdown;

/// <summary>
/// Markdown whose layout costs the square of its length must not let a visitor keep the server busy: headings
/// get their anchors in one pass, and a long text is laid out once, on a worker, while the page shows it as written.
/// </summary>
public sealed class MarkdownLayoutCostTests
{
    [Fact]
    public void Repeated_headings_get_numbered_anchors_as_on_github()
    {
        using var renderer = new MarkdownRenderer();

        var html = renderer.Render("# Housing\n## Housing\n# Housing-1\n# `Code` and *words*\n# !!!").Value;

        Assert.Equal(
            "<h1 id=\"housing\">Housing</h1>\n<h2 id=\"housing-1\">Housing</h2>\n<h1 id=\"housing-1-1\">Housing-1</h1>\n"
            + "<h1 id=\"code-and-words\"><code>Code</code> and <em>words</em></h1>\n<h1 id=\"section\">!!!</h1>",
            html!.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Twenty_thousand_identical_headings_are_numbered_in_one_pass()
    {
        using var renderer = new MarkdownRenderer();
        var watch = Stopwatch.StartNew();

        var html = renderer.Render(string.Concat(Enumerable.Repeat("# h\n", 20_000))).Value!;

        // Numbering each repeat by trying 1, 2, 3… took about forty seconds here; one pass takes well under one.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.StartsWith("<h1 id=\"h\">h</h1>\n<h1 id=\"h-1\">h</h1>", html.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith("<h1 id=\"h-19999\">h</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_shorter_than_the_long_text_length_is_laid_out_at_once_whatever_the_wait()
    {
        using var renderer = new MarkdownRenderer { LayoutWait = TimeSpan.Zero };
        var text = string.Concat(Enumerable.Repeat("[a](", (MarkdownRenderer.LongTextLength / 4) - 1));

        var html = await renderer.RenderForPageAsync(text, CancellationToken.None);

        Assert.Equal(renderer.Render(text).Value, html?.Value);
    }

    [Fact]
    public async Task A_long_text_not_laid_out_in_time_is_shown_as_written_then_laid_out_once_for_later_visits()
    {
        using var renderer = new MarkdownRenderer { LayoutWait = TimeSpan.Zero };
        var text = string.Concat(Enumerable.Repeat("[a](", MarkdownRenderer.LongTextLength / 4));

        Assert.Null(await renderer.RenderForPageAsync(text, CancellationToken.None));

        var watch = Stopwatch.StartNew();
        Microsoft.AspNetCore.Html.HtmlString? later = null;
        while (later is null && watch.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(50, CancellationToken.None);
            later = await renderer.RenderForPageAsync(text, CancellationToken.None);
        }

        Assert.Equal(renderer.Render(text).Value, later?.Value);
    }
}
