using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Pages;

/// <summary>A territory's synthesis: each figure is a chart (a canvas named as an image) above a table with the same figures.</summary>
public sealed class SynthesisPage(IPage page)
{
    public static string PathFor(string slug, string? sub = null) => $"/territories/{slug}/workspace/synthesis{sub}";

    public Task<IResponse?> GotoAsync(string slug, string? sub = null) => page.GotoAsync(PathFor(slug, sub));

    public ILocator Heading(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });

    /// <summary>The chart whose accessible name starts with the figure's title.</summary>
    public ILocator Chart(string title) => page.GetByRole(AriaRole.Img, new() { Name = title });

    public ILocator Table(string caption) => page.GetByRole(AriaRole.Table, new() { Name = caption, Exact = true });

    public ILocator Charts => page.Locator("canvas[role=img]");

    /// <summary>Whether Chart.js drew on the canvas (it registers every chart it draws).</summary>
    public static Task<bool> IsDrawnAsync(ILocator canvas) => canvas.EvaluateAsync<bool>("c => !!window.Chart && !!window.Chart.getChart(c) && c.width > 0 && c.height > 0");

    public ILocator GroupFilter(string label) => page.GetByLabel(label, new() { Exact = true });
}
