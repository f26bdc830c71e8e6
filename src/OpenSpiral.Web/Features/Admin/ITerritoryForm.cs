using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Admin;

public interface ITerritoryForm
{
    TerritoryInput Input { get; }
}
