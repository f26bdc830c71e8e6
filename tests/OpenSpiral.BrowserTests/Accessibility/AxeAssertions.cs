using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Accessibility;

public static class AxeAssertions
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>Runs axe on the page and fails with each serious or critical violation's id, targets and help.</summary>
    public static async Task AssertNoSeriousViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        if (blocking.Count == 0)
        {
            return;
        }

        var message = new StringBuilder($"axe found {blocking.Count} serious or critical violation(s) on {page.Url}:");
        foreach (var violation in blocking)
        {
            message.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                message.AppendLine().Append($"    at {node.Target}: {string.Join(" / ", checks)}");
            }
        }

        throw new Xunit.Sdk.XunitException(message.ToString());
    }
}
