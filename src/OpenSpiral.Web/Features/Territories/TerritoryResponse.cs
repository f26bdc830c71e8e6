using System.Linq.Expressions;

namespace OpenSpiral.Web.Features.Territories;

/// <summary>
/// What anyone may know about a territory. <see cref="Description"/> is in the main language (the
/// first of <see cref="Languages"/>); <see cref="DescriptionTranslations"/> has it in other languages.
/// </summary>
public sealed record TerritoryResponse(
    int Id, string Name, string Slug, TerritoryKind Kind, string Country, List<string> Languages, string Description,
    MembershipStatus Membership, DateOnly? CharterAdherence, int Cycle, CyclePhase Phase, int GroupCount, List<LocalizedText> DescriptionTranslations)
{
    public static readonly Expression<Func<Territory, TerritoryResponse>> Projection = t => new TerritoryResponse(
        t.Id, t.Name, t.Slug, t.Kind, t.Country, t.Languages, t.Description, t.Membership, t.CharterAdherence, t.Cycle, t.Phase, t.Groups.Count,
        t.DescriptionTranslations.OrderBy(d => d.Language).Select(d => new LocalizedText(d.Language, d.Text)).ToList());

    /// <summary>The description in <paramref name="language"/> when written, else in the main language.</summary>
    public LocalizedText DescriptionIn(string language) =>
        DescriptionTranslations.FirstOrDefault(d => d.Language == language) ?? new LocalizedText(Languages.FirstOrDefault() ?? language, Description);
}
