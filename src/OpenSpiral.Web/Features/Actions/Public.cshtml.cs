using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Actions;

/// <summary>
/// The public page of a published action, for citizens and the network: what it is, its aim, the
/// organisations carrying it, its components, status and dates; never its documents, resources,
/// indicators or seats. Its route says "number", not actionId: actionId routes are the workspace's.
/// An unpublished action answers 404 to everyone.
/// </summary>
[AllowAnonymous]
public sealed class PublicModel(OpenSpiralDbContext db, ActionReader reader, SynthesisService synthesis) : PageModel
{
    public string TerritoryName { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public ActionResponse Action { get; private set; } = null!;
    public GridLabels Labels { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.AsNoTracking().Where(t => t.Slug == slug).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken);
        var action = territory is null ? null : await reader.FindAsync(number, cancellationToken);
        if (action is null || action.TerritoryId != territory!.Id || !action.Published)
        {
            return NotFound();
        }

        (TerritoryName, Slug, Action) = (territory.Name, slug, action);
        Labels = await synthesis.LoadLabelsAsync(Languages.Current, cancellationToken);
        return Page();
    }

    public string ComponentName(string code) => Labels.ComponentsByCode.TryGetValue(code, out var label) ? $"{code} {label.Name}" : code;
}
