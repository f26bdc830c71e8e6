using System.Globalization;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>A workspace page of one plan: the territory of the slug and the plan of the route, read once.</summary>
public abstract class PlanPageModel : TerritoryPageModel
{
    public PlanView Plan { get; private set; } = null!;

    protected static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    protected async Task<bool> LoadPlanAsync(string slug, int planId, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null)
        {
            return false;
        }

        var plan = await HttpContext.RequestServices.GetRequiredService<PlanViews>().FindAsync(planId, Language, cancellationToken);
        if (plan is null)
        {
            return false;
        }

        Plan = plan;
        return true;
    }
}
