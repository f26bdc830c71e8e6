using System.Linq.Expressions;

namespace OpenSpiral.Web.Features.Territories;

/// <summary>What anyone may know about a territory.</summary>
public sealed record TerritoryResponse(
    int Id, string Name, string Slug, TerritoryKind Kind, string Country, List<string> Languages, string Description,
    MembershipStatus Membership, DateOnly? CharterAdherence, int Cycle, CyclePhase Phase, int GroupCount)
{
    public static readonly Expression<Func<Territory, TerritoryResponse>> Projection = t => new TerritoryResponse(
        t.Id, t.Name, t.Slug, t.Kind, t.Country, t.Languages, t.Description, t.Membership, t.CharterAdherence, t.Cycle, t.Phase, t.Groups.Count);
}
