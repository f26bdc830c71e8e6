using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Demo;

/// <summary>
/// The demo's actions: pilot and existing actions in the first two territories, with their carriers
/// and partners, components, and a register of resources offered to the territory's action groups.
/// Plans, round tables, ladder ratings and alerts of the demo build on these.
/// </summary>
internal static class DemoActions
{
    private sealed record DemoAction(string Title, string Aim, string TargetGroups, ActionStatus Status, bool IsPilot, string[] Components,
        string[] Carriers, string[] Partners, DateOnly? StartsOn, DateOnly? EndsOn);

    private static readonly DemoAction[] Mulhouse =
    [
        new("Café des parents aux Coteaux", "Rompre l'isolement des parents et les aider à se soutenir entre eux.", "Parents du quartier des Coteaux",
            ActionStatus.Running, true, ["D01", "B07"], ["Centre social Papin"], ["Ville de Mulhouse", "École Jean-Zay"], new DateOnly(2026, 1, 12), null),
        new("Bourse aux logements solidaires", "Aider les familles à trouver un logement décent à un loyer qu'elles peuvent payer.", "Familles mal logées, jeunes en début de parcours",
            ActionStatus.Running, true, ["A03", "A08"], ["Office public de l'habitat"], ["Ville de Mulhouse", "Association Habitat et humanisme"], new DateOnly(2025, 9, 1), null),
        new("Navettes de quartier le soir", "Permettre de se déplacer le soir et le week-end sans voiture.", "Personnes âgées, jeunes travailleurs en horaires décalés",
            ActionStatus.Planned, true, ["A10", "B05"], ["Soléa (transports urbains)"], ["Conseil citoyen des Coteaux"], new DateOnly(2027, 1, 4), null),
        new("Permanences emploi au centre social", "Accompagner vers un emploi stable celles et ceux qui enchaînent les petites missions.", "Demandeurs d'emploi, jeunes de 18 à 30 ans",
            ActionStatus.Done, false, ["A06"], ["Pôle emploi"], ["Centre social Papin"], new DateOnly(2025, 3, 1), new DateOnly(2026, 6, 30)),
    ];

    private static readonly DemoAction[] Pergine =
    [
        new("Orti condivisi", "Coltivare insieme e conoscersi tra generazioni.", "Anziani, famiglie, scuole",
            ActionStatus.Running, true, ["B04", "D06"], ["Comune di Pergine Valsugana"], ["Associazione Anziani attivi"], new DateOnly(2026, 4, 1), null),
        new("Sportello casa", "Informare e orientare chi cerca una casa dignitosa.", "Giovani coppie, famiglie",
            ActionStatus.Planned, false, ["A03"], ["Comunità Alta Valsugana"], [], null, null),
    ];

    private sealed record DemoResource(ResourceKind Kind, string Description, string OfferedBy, string? Quantity, int? UsedByAction);

    private static readonly DemoResource[] MulhouseResources =
    [
        new(ResourceKind.Place, "Salle polyvalente du centre social, le mardi et le jeudi après-midi", "Centre social Papin", "40 places", 0),
        new(ResourceKind.Money, "Subvention au titre de la politique de la ville", "Ville de Mulhouse", "5\u00A0000\u00A0€", 1),
        new(ResourceKind.People, "Bénévoles pour l'accueil et la garde des enfants", "Conseil citoyen des Coteaux", "3 bénévoles le mardi", 0),
        new(ResourceKind.Material, "Minibus de 9 places prêté le soir", "Association sportive des Coteaux", "1 minibus", null),
        new(ResourceKind.Immaterial, "Formation à l'animation de groupes de parole", "École des parents et des éducateurs", "2 sessions par an", null),
    ];

    public static async Task<IReadOnlyList<TerritoryAction>> AddAsync(
        OpenSpiralDbContext db, IReadOnlyList<Territory> territories, IReadOnlyDictionary<string, int> components, DateTime now, CancellationToken cancellationToken)
    {
        var mulhouse = Add(db, territories[0], Mulhouse, components, now);
        var pergine = Add(db, territories[1], Pergine, components, now);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var r in MulhouseResources)
        {
            var resource = new ActionResource
            {
                TerritoryId = territories[0].Id,
                Kind = r.Kind,
                Description = r.Description,
                OfferedBy = r.OfferedBy,
                Quantity = r.Quantity,
                CreatedAt = now,
                UpdatedAt = now,
            };
            if (r.UsedByAction is { } index)
            {
                resource.Uses.Add(new ActionResourceUse { ActionId = mulhouse[index].Id });
            }

            db.ActionResources.Add(resource);
        }

        await db.SaveChangesAsync(cancellationToken);
        return [.. mulhouse, .. pergine];
    }

    private static List<TerritoryAction> Add(OpenSpiralDbContext db, Territory territory, DemoAction[] demo, IReadOnlyDictionary<string, int> components, DateTime now)
    {
        var added = new List<TerritoryAction>();
        foreach (var d in demo)
        {
            var action = new TerritoryAction
            {
                TerritoryId = territory.Id,
                Title = d.Title,
                Aim = d.Aim,
                TargetGroups = d.TargetGroups,
                Status = d.Status,
                IsPilot = d.IsPilot,
                IsPublished = true,
                Cycle = territory.Cycle,
                StartsOn = d.StartsOn,
                EndsOn = d.EndsOn,
                Components = [.. d.Components.Select(c => new ActionComponent { ComponentId = components[c] })],
                Stakeholders =
                [
                    .. d.Carriers.Select(c => new ActionStakeholder { Name = c, Role = StakeholderRole.Carrier }),
                    .. d.Partners.Select(p => new ActionStakeholder { Name = p, Role = StakeholderRole.Partner }),
                ],
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Actions.Add(action);
            added.Add(action);
        }

        return added;
    }
}
