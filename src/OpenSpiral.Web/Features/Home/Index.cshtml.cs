using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Home;

[AllowAnonymous]
public sealed class IndexModel(OpenSpiralDbContext db) : PageModel
{
    public static readonly IReadOnlyList<(string Title, string Text)> Steps =
    [
        ("Organise and mobilise", "Local stakeholders form a coordination group and decide who to meet."),
        ("Co-define well-being", "Small groups of citizens say what well-being and ill-being mean to them; each idea is a criterion."),
        ("Co-evaluate", "The shared definition becomes indicators of progress, used to look at the situation and at existing actions."),
        ("Project and compare", "Ideas for action are weighed against what citizens said most often and what hurts most."),
        ("Co-decide and commit", "An action plan where each stakeholder commits to something."),
        ("Act together", "Pilot actions of co-responsibility, with every commitment followed up."),
        ("Co-evaluate afterwards", "Results and effects are judged again with the people concerned."),
        ("Review and prepare", "Each action is continued, adjusted or stopped, and the circle of participants widens."),
    ];

    public int TerritoryCount { get; private set; }
    public int GroupCount { get; private set; }
    public int CriterionCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TerritoryCount = await db.Territories.CountAsync(cancellationToken);
        GroupCount = await db.Groups.CountAsync(cancellationToken);
        CriterionCount = await db.Criteria.CountAsync(cancellationToken);
    }
}
