using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Journey;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Territories;

[AllowAnonymous]
public sealed class DetailsModel(OpenSpiralDbContext db, TerritoryAccess access, SynthesisService syntheses, JourneyService journey, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>A group as the public sees it: counts only, and the code of its public page.</summary>
    public sealed record PublicAction(int Id, string Title, Features.Actions.ActionStatus Status);

    public sealed record PublicGroup(string Name, int ParticipantCount, int CriterionCount, string? FeedbackCode);

    public TerritoryResponse Territory { get; private set; } = null!;
    public int CriterionCount { get; private set; }
    public bool CanWork { get; private set; }

    /// <summary>Whether the territory shares its criteria: only then does its page show its groups, their pages and what its citizens said.</summary>
    public bool Shares { get; private set; }

    public List<PublicGroup> Groups { get; private set; } = [];

    /// <summary>The territory's published actions, each with its public page.</summary>
    public List<PublicAction> Actions { get; private set; } = [];
    public SynthesisFigure? Families { get; private set; }

    /// <summary>The timeline of the territory's cycles and phases, with what each produced (counts only).</summary>
    public TerritoryJourney Journey { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.AsNoTracking().Where(t => t.Slug == slug).Select(TerritoryResponse.Projection).FirstOrDefaultAsync(cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        Territory = territory;
        CriterionCount = await db.Criteria.CountAsync(c => c.TerritoryId == territory.Id, cancellationToken);
        CanWork = await access.CanWorkAsync(User, territory.Id, cancellationToken);
        Actions = await db.Actions.AsNoTracking().Where(a => a.TerritoryId == territory.Id && a.IsPublished).OrderBy(a => a.Title)
            .Select(a => new PublicAction(a.Id, a.Title, a.Status)).ToListAsync(cancellationToken);
        Journey = (await journey.BuildAsync(territory.Id, cancellationToken))!;
        Shares = await db.Territories.Where(t => t.Id == territory.Id).Select(t => t.SharesCriteriaWithNetwork).FirstAsync(cancellationToken);
        if (Shares)
        {
            // Approved criteria only, as on the groups' pages: what waits for approval or was refused is not the citizens' word yet.
            Groups = await db.Groups.AsNoTracking().Where(g => g.TerritoryId == territory.Id).OrderBy(g => g.Name)
                .Select(g => new PublicGroup(g.Name, g.ParticipantCount, g.Criteria.Count(c => c.Status == CriterionStatus.Approved), g.FeedbackCode))
                .ToListAsync(cancellationToken);
            var synthesis = await syntheses.SynthesizeAsync(SynthesisScope.Territory(territory.Id), Languages.Current, cancellationToken: cancellationToken);
            Families = synthesis.Total == 0 ? null : SynthesisFigures.Families(synthesis, l);
        }

        return Page();
    }
}
