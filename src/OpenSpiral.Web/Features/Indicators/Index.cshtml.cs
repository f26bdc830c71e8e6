using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Indicators;

/// <summary>The territory's indicators, by title.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class IndexModel(IndicatorReader reader, SynthesisService synthesis) : TerritoryPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<IndicatorResponse> Indicators { get; private set; } = new([], 1, PageSize, 0);
    public GridLabels Labels { get; private set; } = null!;
    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        PageNumber = Pager.FromQuery(PageNumber);
        Indicators = await reader.PageAsync(territory.Id, null, null, PageNumber, PageSize, cancellationToken);
        Labels = await synthesis.LoadLabelsAsync(Languages.Current, cancellationToken);
        Pager = new Pager(PageNumber, Indicators.PageCount, p => Url.Page("/Indicators/Index", new { slug, p })!);
        return Page();
    }
}
