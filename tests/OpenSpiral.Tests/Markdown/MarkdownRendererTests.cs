using OpenSpiral.Web.Infrastructure.Markdown;

namespace OpenSpiral.Tests.Markdown;

public sealed class MarkdownRendererTests : IDisposable
{
    private readonly MarkdownRenderer _renderer = new();

    public void Dispose() => _renderer.Dispose();

    [Theory]
    [InlineData("# Title", "<h1 id=\"title\">Title</h1>")]
    [InlineData("Some *words* and **more**", "<p>Some <em>words</em> and <strong>more</strong></p>")]
    [InlineData("[site](https://example.org)", "<p><a href=\"https://example.org\" rel=\"nofollow noopener\">site</a></p>")]
    [InlineData("[section](#housing)", "<p><a href=\"#housing\">section</a></p>")]
    [InlineData("![map](/wiki/method/files/map.png)", "<p><img src=\"/wiki/method/files/map.png\" alt=\"map\"></p>")]
    public void Renders_ordinary_markdown(string markdown, string expected)
    {
        Assert.Equal(expected, _renderer.Render(markdown).Value);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")]
    [InlineData("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>")]
    [InlineData("[click](javascript:alert(1))", "<p><a>click</a></p>")]
    [InlineData("[click](JaVaScRiPt:alert(1))", "<p><a>click</a></p>")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "<p><a>click</a></p>")]
    [InlineData("![x](javascript:alert(1))", "<p><img alt=\"x\"></p>")]
    [InlineData("[click](vbscript:msgbox(1))", "<p><a>click</a></p>")]
    public void Never_lets_script_through(string markdown, string expected)
    {
        Assert.Equal(expected, _renderer.Render(markdown).Value);
    }

    [Fact]
    public void Task_list_boxes_are_shown_but_not_editable()
    {
        var html = _renderer.Render("- [x] done\n- [ ] to do").Value!;

        Assert.Equal("<ul>\n<li><input disabled=\"\" type=\"checkbox\" checked=\"checked\"> done</li>\n<li><input disabled=\"\" type=\"checkbox\"> to do</li>\n</ul>", html.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Plain_text_drops_the_markup()
    {
        Assert.Equal("Title\nSome words", MarkdownRenderer.ToPlainText("# Title\n\nSome *words*").ReplaceLineEndings("\n").Replace("\n\n", "\n", StringComparison.Ordinal));
    }
}
