using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Actions;

/// <summary>The territory's actions, the latest first, filtered by status, component and pilot.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class IndexModel(ActionReader reader, SynthesisService synthesis) : TerritoryPageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Component { get; set; }

    /// <summary>"yes", "no" or empty (all).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Pilot { get; set; }

    public PagedList<ActionResponse> Actions { get; private set; } = new([], 1, PageSize, 0);
    public GridLabels Labels { get; private set; } = null!;
    public Pager Pager { get; private set; } = Pager.Empty;
    public bool Filtered => !string.IsNullOrEmpty(Status) || !string.IsNullOrEmpty(Component) || !string.IsNullOrEmpty(Pilot);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        PageNumber = Pager.FromQuery(PageNumber);
        var pilot = Pilot switch { "yes" => true, "no" => (bool?)false, _ => null };
        Actions = await reader.PageAsync(territory.Id, EnumNames.Parse<ActionStatus>(Status), Component, pilot, PageNumber, PageSize, cancellationToken);
        Labels = await synthesis.LoadLabelsAsync(Languages.Current, cancellationToken);
        Pager = new Pager(PageNumber, Actions.PageCount, p => Url.Page("/Actions/Index", new { slug, p, status = Status, component = Component, pilot = Pilot })!);
        return Page();
    }

    public string ComponentName(string code) => Labels.ComponentsByCode.TryGetValue(code, out var label) ? $"{code} {label.Name}" : code;
}
