using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Admin;

/// <summary>Deleting a territory destroys citizens' words: the administrator types its name to confirm.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class TerritoryDeleteModel(OpenSpiralDbContext db, TerritoryService territories, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    [Display(Name = "Name of the territory")]
    public string? Confirmation { get; set; }

    public string Name { get; private set; } = "";
    public int GroupCount { get; private set; }
    public int CriterionCount { get; private set; }

    /// <summary>What the deletion takes with the territory, each count agreeing with its noun in the reader's language.</summary>
    public static string WhatIsDeleted(IStringLocalizer l, int groups, int criteria) => l[
        "This deletes the territory, {0} and {1}. It cannot be undone.",
        l.Plural(groups, l["{0} group", groups], l["{0} groups", groups]),
        l.Plural(criteria, l["{0} criterion", criteria], l["{0} criteria", criteria])];

    public async Task<IActionResult> OnGetAsync(int territoryId, CancellationToken cancellationToken) =>
        await LoadAsync(territoryId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int territoryId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(territoryId, cancellationToken))
        {
            return NotFound();
        }

        if (!string.Equals(Confirmation?.Trim(), Name, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Confirmation), l["Type exactly {0} to delete this territory.", Name]);
            return Page();
        }

        await territories.DeleteAsync(territoryId, cancellationToken);
        TempData["Flash"] = l["The territory {0} is deleted.", Name].Value;
        return Redirect("/admin/territories");
    }

    private async Task<bool> LoadAsync(int territoryId, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.AsNoTracking().Where(t => t.Id == territoryId)
            .Select(t => new { t.Name, Groups = t.Groups.Count }).FirstOrDefaultAsync(cancellationToken);
        if (territory is null)
        {
            return false;
        }

        Name = territory.Name;
        GroupCount = territory.Groups;
        CriterionCount = await db.Criteria.CountAsync(c => c.TerritoryId == territoryId, cancellationToken);
        return true;
    }
}
