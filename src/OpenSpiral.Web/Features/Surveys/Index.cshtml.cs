using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Surveys;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class IndexModel(OpenSpiralDbContext db, SurveyService surveys) : TerritoryPageModel
{
    public const int PageSize = 20;

    public PagedList<SurveyDetails> Surveys { get; private set; } = new([], 1, PageSize, 0);

    public int ValidatedIndicators { get; private set; }

    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, int? p, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null)
        {
            return NotFound();
        }

        Surveys = await surveys.ListAsync(Territory.Id, Pager.FromQuery(p), PageSize, cancellationToken);
        ValidatedIndicators = await db.Indicators.CountAsync(i => i.TerritoryId == Territory.Id && i.Status == IndicatorStatus.Validated, cancellationToken);
        Pager = new Pager(Surveys.Page, Surveys.PageCount, page => Url.Page("/Surveys/Index", new { slug, p = page })!);
        return Page();
    }
}
