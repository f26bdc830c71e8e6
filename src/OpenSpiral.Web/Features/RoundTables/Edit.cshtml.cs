using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>
/// The entry grid: participants by perspective, then for each component and each perspective present
/// the effect seen (a radio group), a comment and a proposal. One save stores the whole grid, or nothing;
/// a save on a version someone changed meanwhile keeps what was typed.
/// </summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class EditModel(RoundTableService service, SynthesisService synthesis, IStringLocalizer<SharedResource> l) : RoundTablePageModel
{
    public sealed class CellInput
    {
        public int? Effect { get; set; }
        public string? Comment { get; set; }
        public string? Proposal { get; set; }
    }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    [BindProperty]
    public int Version { get; set; }

    /// <summary>Participants by perspective name (beneficiary, carrier...).</summary>
    [BindProperty]
    public Dictionary<string, int?> Participants { get; set; } = [];

    /// <summary>The grid's cells, keyed "A03-carrier".</summary>
    [BindProperty]
    public Dictionary<string, CellInput> Cells { get; set; } = [];

    /// <summary>"publish" when the save also publishes the results.</summary>
    [BindProperty]
    public string? Publish { get; set; }

    public List<(string Code, string Name)> ComponentNames { get; private set; } = [];

    /// <summary>The perspectives with participants, as typed: a column each.</summary>
    public IEnumerable<Perspective> Columns => Perspectives.All.Where(p => (Participants.GetValueOrDefault(Perspectives.Name(p)) ?? 0) > 0);

    public static string Key(string code, Perspective perspective) => $"{code}-{Perspectives.Name(perspective)}";

    public string? ErrorOf(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(string slug, int roundTableId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, roundTableId, cancellationToken))
        {
            return NotFound();
        }

        var r = RoundTable;
        (Title, HeldOn, Notes, Version) = (r.Title, r.HeldOn, r.Notes, r.Version);
        Participants = r.Participants.ToDictionary(p => p.Key, p => (int?)p.Value);
        Cells = r.Assessments.ToDictionary(a => Key(a.Component, a.Perspective), a => new CellInput { Effect = a.Effect, Comment = a.Comment, Proposal = a.Proposal });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int roundTableId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, roundTableId, cancellationToken))
        {
            return NotFound();
        }

        var assessments = new List<AssessmentInput>();
        var keys = new List<string>();
        foreach (var code in RoundTable.Components)
        {
            foreach (var perspective in Perspectives.All)
            {
                var key = Key(code, perspective);
                if (Cells.GetValueOrDefault(key) is not { } cell)
                {
                    continue;
                }

                if (cell.Effect is null)
                {
                    if (!string.IsNullOrWhiteSpace(cell.Comment) || !string.IsNullOrWhiteSpace(cell.Proposal))
                    {
                        ModelState.AddModelError($"Cells[{key}]", l["Choose the effect seen before writing a comment or a proposal."]);
                    }

                    continue;
                }

                assessments.Add(new AssessmentInput(code, Perspectives.Name(perspective), cell.Effect, cell.Comment, cell.Proposal));
                keys.Add(key);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var input = new RoundTableInput
        {
            Title = Title,
            ActionId = RoundTable.ActionId,
            HeldOn = HeldOn,
            Cycle = RoundTable.Cycle,
            Participants = Participants.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.Value),
            Components = [.. RoundTable.Components],
            Assessments = assessments,
            Notes = Notes,
            Published = Publish == "publish" || RoundTable.Published,
            Version = Version,
        };
        var outcome = await service.UpdateAsync(roundTableId, input, User.GetUserId(), cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Stale)
        {
            Version = RoundTable.Version;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, l["Someone changed this round table while you were entering it. What you typed is kept below: save again to replace their version with yours."]);
            return Page();
        }

        if (outcome.Errors.Count > 0)
        {
            foreach (var (key, messages) in outcome.Errors)
            {
                ModelState.AddModelError(FieldOf(key, keys), messages[0]);
            }

            return Page();
        }

        TempData["Flash"] = (Publish == "publish" && !RoundTable.Published
            ? l["The results are published: the coordination group is notified."]
            : l["The round table is saved."]).Value;
        return RedirectToPage("/RoundTables/Details", new { slug, roundTableId });
    }

    // "assessments[2].effect" is the third cell sent; "participants" the counts.
    private static string FieldOf(string key, List<string> keys) =>
        key.StartsWith("assessments[", StringComparison.Ordinal) && int.TryParse(key.AsSpan(12, key.IndexOf(']', StringComparison.Ordinal) - 12), out var index) && index < keys.Count
            ? $"Cells[{keys[index]}]"
            : key switch
            {
                "title" => nameof(Title),
                "heldOn" => nameof(HeldOn),
                "notes" => nameof(Notes),
                "participants" => nameof(Participants),
                _ => string.Empty,
            };

    private async Task<bool> LoadAsync(string slug, int roundTableId, CancellationToken cancellationToken)
    {
        if (!await LoadRoundTableAsync(slug, roundTableId, cancellationToken))
        {
            return false;
        }

        var labels = await synthesis.LoadLabelsAsync(Languages.Current, cancellationToken);
        ComponentNames = [.. RoundTable.Components.Select(c => (c, labels.ComponentsByCode.TryGetValue(c, out var label) ? label.Name : c))];
        return true;
    }
}
