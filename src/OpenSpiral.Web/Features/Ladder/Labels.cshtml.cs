using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Ladder;

/// <summary>Network administrators word the ladder's rungs in each language of the network, or go back to the built-in wording.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class LabelsModel(OpenSpiralDbContext db, LadderRungs rungs, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed class RungInput
    {
        public string? Label { get; set; }
        public string? Description { get; set; }
    }

    /// <summary>The languages of the network: the interface's and every territory's.</summary>
    public List<string> NetworkLanguages { get; private set; } = [];

    /// <summary>The wording in use, by language.</summary>
    public Dictionary<string, IReadOnlyList<LadderRung>> InUse { get; private set; } = [];

    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public List<RungInput> Rungs { get; set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Language is null || !NetworkLanguages.Contains(Language) || Rungs.Count != LadderRungs.Defaults.Length)
        {
            return BadRequest();
        }

        for (var rung = 0; rung < Rungs.Count; rung++)
        {
            var label = Rungs[rung].Label?.Trim() ?? "";
            var description = Rungs[rung].Description?.Trim() ?? "";
            if (label.Length > LadderRungLabel.MaxLabelLength)
            {
                ModelState.AddModelError($"Rungs[{rung}].Label", l["A label has at most {0} characters.", LadderRungLabel.MaxLabelLength]);
            }

            if (description.Length > LadderRungLabel.MaxDescriptionLength)
            {
                ModelState.AddModelError($"Rungs[{rung}].Description", l["A description has at most {0} characters.", LadderRungLabel.MaxDescriptionLength]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var builtIn = rungs.BuiltIn(Language);
        var stored = await db.LadderRungLabels.Where(x => x.Language == Language).ToDictionaryAsync(x => x.Rung, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var rung = 0; rung < Rungs.Count; rung++)
        {
            var label = Rungs[rung].Label?.Trim() ?? "";
            var description = Rungs[rung].Description?.Trim() ?? "";
            var isBuiltIn = label.Length == 0 || (label == builtIn[rung].Label && description == builtIn[rung].Description);
            stored.TryGetValue(rung, out var row);
            if (isBuiltIn)
            {
                if (row is not null)
                {
                    db.LadderRungLabels.Remove(row);
                }
            }
            else if (row is null)
            {
                db.LadderRungLabels.Add(new LadderRungLabel { Rung = rung, Language = Language, Label = label, Description = description, UpdatedAt = now });
            }
            else if (row.Label != label || row.Description != description)
            {
                (row.Label, row.Description, row.UpdatedAt) = (label, description, now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = l["The rung labels in {0} are saved.", Languages.DisplayName(Language)].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken cancellationToken)
    {
        if (Language is null)
        {
            return BadRequest();
        }

        await db.LadderRungLabels.Where(x => x.Language == Language).ExecuteDeleteAsync(cancellationToken);
        TempData["Flash"] = l["The rung labels in {0} are back to the built-in wording.", Languages.DisplayName(Language)].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var territoryLanguages = await db.Territories.AsNoTracking().Select(t => t.Languages).ToListAsync(cancellationToken);
        NetworkLanguages = [.. Languages.Complete.Concat(territoryLanguages.SelectMany(x => x).Select(x => x.ToLowerInvariant())).Distinct().Order(StringComparer.Ordinal)];
        foreach (var language in NetworkLanguages)
        {
            InUse[language] = await rungs.InAsync(language, cancellationToken);
        }
    }
}
