namespace OpenSpiral.Web.Features.Territories;

public enum TerritoryKind
{
    City,
    Neighbourhood,
    Village,
    Region,
}
