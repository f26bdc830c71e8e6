using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace OpenSpiral.Web.Features.Admin;

/// <summary>
/// The territory form also answers the creation address below (".../new"). AddPageRoute would
/// make every link to the form use that address (an edit link became ".../new?territoryId=5"), so
/// the address is added after the page's own: a link with a territory id gets ".../{id}/edit", a
/// link without one ".../new".
/// </summary>
public static class TerritoryCreationRoute
{
    public const string PageName = "/Admin/TerritoryEdit";

    public static void AddTerritoryCreationRoute(this PageConventionCollection conventions) =>
        conventions.AddPageRouteModelConvention(PageName, model => model.Selectors.Add(new SelectorModel
        {
            AttributeRouteModel = new AttributeRouteModel { Template = "/admin/territories/new", Order = 1 },
        }));
}
