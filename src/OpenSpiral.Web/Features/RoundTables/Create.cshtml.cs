using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>
/// Starts a round table on an action (its components are taken when none is ticked) or on the
/// territory's situation (components to tick, those the groups cited most first); then the entry grid.
/// </summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class CreateModel(OpenSpiralDbContext db, RoundTableService service, SynthesisService synthesis, TimeProvider clock) : TerritoryPageModel
{
    public sealed record ActionChoice(int Id, string Title, List<string> Components);

    public sealed record ComponentChoice(string Code, string Name, int Criteria);

    /// <summary>An action's id, or "situation".</summary>
    [BindProperty(SupportsGet = true, Name = "action")]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    public int? Cycle { get; set; }

    [BindProperty]
    public List<string> Components { get; set; } = [];

    public List<ActionChoice> Actions { get; private set; } = [];
    public List<ComponentChoice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        HeldOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Cycle = Territory.Cycle;
        Components = Actions.Find(a => a.Id.ToString(CultureInfo.InvariantCulture) == Subject)?.Components ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var input = new RoundTableInput
        {
            Title = Title,
            ActionId = int.TryParse(Subject, NumberStyles.None, CultureInfo.InvariantCulture, out var actionId) ? actionId : null,
            HeldOn = HeldOn,
            Cycle = Cycle,
            Components = Components,
        };
        var outcome = await service.CreateAsync(Territory.Id, input, User.GetUserId(), cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            foreach (var (key, messages) in outcome.Errors)
            {
                ModelState.AddModelError(key switch
                {
                    "title" => nameof(Title),
                    "heldOn" => nameof(HeldOn),
                    "cycle" => nameof(Cycle),
                    "components" => nameof(Components),
                    "actionId" => nameof(Subject),
                    _ => string.Empty,
                }, messages[0]);
            }

            return Page();
        }

        return RedirectToPage("/RoundTables/Edit", new { slug, roundTableId = outcome.Id });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return false;
        }

        Actions = await db.Actions.AsNoTracking().Where(a => a.TerritoryId == territory.Id).OrderBy(a => a.Title)
            .Select(a => new ActionChoice(a.Id, a.Title, a.Components.Select(c => c.Component!.Code).ToList()))
            .ToListAsync(cancellationToken);
        var labels = await synthesis.LoadLabelsAsync(Languages.Current, cancellationToken);
        var counts = (await synthesis.CountAsync(SynthesisScope.Territory(territory.Id), cancellationToken))
            .Where(c => c.ComponentId is not null).GroupBy(c => c.ComponentId!.Value).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        Choices = [.. labels.ComponentsById.Values
            .Select(c => new ComponentChoice(c.Code, c.Name, counts.GetValueOrDefault(c.Id)))
            .OrderByDescending(c => c.Criteria).ThenBy(c => c.Code, StringComparer.Ordinal)];
        return true;
    }
}
