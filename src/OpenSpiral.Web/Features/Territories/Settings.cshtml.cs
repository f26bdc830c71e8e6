using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Journey;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Territories;

/// <summary>What a territory's coordinators decide for themselves: phase, questions and their wording, sharing.</summary>
[Authorize(Policy = Policies.TerritoryManage)]
public sealed class SettingsModel(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    // Required in the post: a page property that is not posted is neither bound nor validated,
    // and would be saved as cycle 0 and phase 0, a phase that does not exist.
    [BindProperty]
    [BindRequired]
    [Range(1, 100, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Cycle")]
    public int Cycle { get; set; }

    [BindProperty]
    [BindRequired]
    [Display(Name = "Phase")]
    public CyclePhase Phase { get; set; }

    [BindProperty]
    public bool AsksFutureGenerations { get; set; }

    [BindProperty]
    public bool SharesCriteriaWithNetwork { get; set; }

    /// <summary>Whether the territory is in the network's open data; a form that does not post it leaves it as it is.</summary>
    [BindProperty]
    public bool? SharesOpenData { get; set; }


    /// <summary>Decimal degrees as typed: read with a point or a comma whatever the page's language (a number field sends a point).</summary>
    [BindProperty]
    [Display(Name = "Latitude")]
    public string? Latitude { get; set; }

    [BindProperty]
    [Display(Name = "Longitude")]
    public string? Longitude { get; set; }

    [BindProperty]
    public List<WordingInput> Wordings { get; set; } = [];

    /// <summary>The public presentation, in the main language first, then the territory's other languages and the site's.</summary>
    [BindProperty]
    public List<DescriptionInput> Descriptions { get; set; } = [];

    public WorkspaceTerritory Territory { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        (Cycle, Phase, AsksFutureGenerations, SharesCriteriaWithNetwork) = (territory.Cycle, territory.Phase, territory.AsksFutureGenerations, territory.SharesCriteriaWithNetwork);
        (SharesOpenData, Latitude, Longitude) = (territory.SharesOpenData, Degrees.Format(territory.Latitude), Degrees.Format(territory.Longitude));
        Wordings = [.. from language in territory.Languages
                       from question in Enum.GetValues<Question>()
                       select new WordingInput { Question = question, Language = language, Text = territory.Questions.FirstOrDefault(q => q.Question == question && q.Language == language)?.Text }];
        Descriptions = [.. DescriptionLanguages(territory).Select(language => CurrentDescription(territory, language))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        Wordings = [.. Wordings.Where(w => territory.Languages.Contains(w.Language ?? ""))];
        // Only the languages posted change: a request that leaves the presentation out keeps it.
        var posted = Descriptions.Where(d => d.Language is not null).DistinctBy(d => d.Language).ToDictionary(d => d.Language!, StringComparer.Ordinal);
        Descriptions = [.. DescriptionLanguages(territory).Select(language => posted.GetValueOrDefault(language) ?? CurrentDescription(territory, language))];
        var latitude = Degrees.Check(Latitude, 90, nameof(Latitude), l["Latitude"], ModelState, l);
        var longitude = Degrees.Check(Longitude, 180, nameof(Longitude), l["Longitude"], ModelState, l);
        // A point needs both coordinates: one alone places nothing on the map.
        if (ModelState.IsValid && latitude.HasValue != longitude.HasValue)
        {
            ModelState.AddModelError(latitude.HasValue ? nameof(Longitude) : nameof(Latitude), l["Give both the latitude and the longitude, or neither."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A move to another phase or cycle is a milestone of the territory's public journey, saved with the settings.
        if (PhaseChanges.Between(territory, Cycle, Phase, User.GetUserId(), clock) is { } milestone)
        {
            db.TerritoryPhaseChanges.Add(milestone);
        }

        territory.Cycle = Cycle;
        territory.Phase = Phase;
        territory.AsksFutureGenerations = AsksFutureGenerations;
        territory.SharesCriteriaWithNetwork = SharesCriteriaWithNetwork;
        (territory.Latitude, territory.Longitude) = (latitude, longitude);
        territory.SharesOpenData = SharesOpenData ?? territory.SharesOpenData;
        foreach (var wording in Wordings)
        {
            var existing = territory.Questions.FirstOrDefault(q => q.Question == wording.Question && q.Language == wording.Language);
            if (string.IsNullOrWhiteSpace(wording.Text))
            {
                if (existing is not null)
                {
                    territory.Questions.Remove(existing);
                }
            }
            else if (existing is null)
            {
                territory.Questions.Add(new TerritoryQuestion { Question = wording.Question, Language = wording.Language!, Text = wording.Text.Trim() });
            }
            else
            {
                existing.Text = wording.Text.Trim();
            }
        }

        if (posted.ContainsKey(Descriptions[0].Language!))
        {
            territory.Description = Descriptions[0].Text?.Trim() ?? "";
        }

        // The main language's text is the description itself, never a translation.
        territory.DescriptionTranslations.RemoveAll(d => d.Language == Descriptions[0].Language);
        foreach (var description in Descriptions.Skip(1).Where(d => posted.ContainsKey(d.Language!)))
        {
            var existing = territory.DescriptionTranslations.FirstOrDefault(d => d.Language == description.Language);
            if (string.IsNullOrWhiteSpace(description.Text))
            {
                if (existing is not null)
                {
                    territory.DescriptionTranslations.Remove(existing);
                }
            }
            else if (existing is null)
            {
                territory.DescriptionTranslations.Add(new TerritoryDescription { Language = description.Language!, Text = description.Text.Trim() });
            }
            else
            {
                existing.Text = description.Text.Trim();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = l["The settings are saved."].Value;
        return RedirectToPage("/Territories/Settings", new { slug = territory.Slug });
    }

    private async Task<Territory?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.Include(t => t.Questions).Include(t => t.DescriptionTranslations).AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (territory is not null)
        {
            Territory = new WorkspaceTerritory(territory.Id, territory.Name, territory.Slug, territory.Languages, territory.Cycle, territory.Phase);
        }

        return territory;
    }

    // The main language first; a translation already written in a language since dropped stays editable.
    private static List<string> DescriptionLanguages(Territory territory) =>
        [.. territory.Languages
            .Concat(Infrastructure.Localization.Languages.Complete)
            .Concat(territory.DescriptionTranslations.Select(d => d.Language).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)];

    private static DescriptionInput CurrentDescription(Territory territory, string language) => new()
    {
        Language = language,
        Text = language == territory.Languages.FirstOrDefault()
            ? territory.Description
            : territory.DescriptionTranslations.FirstOrDefault(d => d.Language == language)?.Text,
    };

    public sealed class DescriptionInput
    {
        public string? Language { get; set; }

        [StringLength(4000, ErrorMessage = "The {0} field must have at most {1} characters.")]
        [Display(Name = "Presentation")]
        public string? Text { get; set; }
    }

    public sealed class WordingInput
    {
        public Question Question { get; set; }

        public string? Language { get; set; }

        [StringLength(300, ErrorMessage = "The {0} field must have at most {1} characters.")]
        [Display(Name = "Wording")]
        public string? Text { get; set; }
    }
}
