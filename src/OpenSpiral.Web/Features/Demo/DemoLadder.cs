using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Journey;
using OpenSpiral.Web.Features.Ladder;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Demo;

/// <summary>
/// The demo's ladder ratings (Mulhouse's actions in cycles 1 and 2, showing how they moved, and its plan
/// when one exists) and the milestones of every demo territory's journey.
/// </summary>
internal static class DemoLadder
{
    private sealed record DemoRating(string Action, int Cycle, DateOnly RatedOn, int Rung, int CoGovernance, int CoProduction, int CoManagement, string Justification);

    private static readonly DemoRating[] Mulhouse =
    [
        new("Café des parents aux Coteaux", 1, new DateOnly(2025, 6, 20), 2, 1, 3, 1, "Le centre social organise seul ; les parents viennent mais ne décident de rien."),
        new("Café des parents aux Coteaux", 2, new DateOnly(2026, 6, 18), 5, 5, 5, 4, "Les parents préparent les séances avec le centre et tiennent l'accueil à tour de rôle."),
        new("Bourse aux logements solidaires", 1, new DateOnly(2025, 6, 20), 3, 2, 3, 2, "Convention signée entre l'office et l'association ; les familles sont consultées."),
        new("Bourse aux logements solidaires", 2, new DateOnly(2026, 6, 18), 4, 4, 4, 3, "Un comité avec des familles relogées choisit les priorités d'attribution."),
        new("Permanences emploi au centre social", 1, new DateOnly(2025, 6, 20), 1, 0, 2, 0, "Permanence tenue par Pôle emploi dans les locaux du centre, sans concertation."),
        new("Permanences emploi au centre social", 2, new DateOnly(2026, 6, 18), 1, 1, 1, 0, "Inchangé : l'action s'est terminée sans évoluer."),
        new("Navettes de quartier le soir", 2, new DateOnly(2026, 6, 18), 2, 3, 1, 1, "Le conseil citoyen a dessiné le trajet ; l'exploitation reste à Soléa."),
    ];

    // Where each demo territory went, phase by phase: (cycle, phase, day entered).
    private static readonly (int Cycle, CyclePhase Phase, DateOnly EnteredOn)[] MulhouseJourney =
    [
        (1, CyclePhase.OrganiseAndMobilise, new DateOnly(2024, 1, 15)), (1, CyclePhase.CoDefineWellBeing, new DateOnly(2024, 3, 4)),
        (1, CyclePhase.CoEvaluate, new DateOnly(2024, 6, 10)), (1, CyclePhase.ProjectAndCompare, new DateOnly(2024, 10, 1)),
        (1, CyclePhase.CoDecideAndCommit, new DateOnly(2024, 12, 2)), (1, CyclePhase.ActTogether, new DateOnly(2025, 1, 13)),
        (1, CyclePhase.CoEvaluateAfterwards, new DateOnly(2025, 6, 2)), (1, CyclePhase.ReviewAndPrepare, new DateOnly(2025, 9, 15)),
        (2, CyclePhase.OrganiseAndMobilise, new DateOnly(2025, 11, 3)), (2, CyclePhase.CoDefineWellBeing, new DateOnly(2026, 1, 12)),
        (2, CyclePhase.CoEvaluate, new DateOnly(2026, 5, 4)),
    ];

    public static async Task AddAsync(OpenSpiralDbContext db, IReadOnlyList<Territory> territories, DateTime now, CancellationToken cancellationToken)
    {
        var mulhouse = territories[0];
        var actions = await db.Actions.Where(a => a.TerritoryId == mulhouse.Id).ToDictionaryAsync(a => a.Title, a => a.Id, cancellationToken);
        foreach (var r in Mulhouse.Where(r => actions.ContainsKey(r.Action)))
        {
            db.LadderRatings.Add(new LadderRating
            {
                TerritoryId = mulhouse.Id, ActionId = actions[r.Action], Cycle = r.Cycle, RatedOn = r.RatedOn, Rung = r.Rung,
                CoGovernance = r.CoGovernance, CoProduction = r.CoProduction, CoManagement = r.CoManagement, Justification = r.Justification, CreatedAt = now,
            });
        }

        // The plan comes from the plans' demo when it runs first; without one, the ladder shows actions only.
        if (await db.Plans.Where(p => p.TerritoryId == mulhouse.Id).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken) is { } planId)
        {
            db.LadderRatings.Add(new LadderRating
            {
                TerritoryId = mulhouse.Id, PlanId = planId, Cycle = mulhouse.Cycle, RatedOn = new DateOnly(2026, 6, 18), Rung = 5,
                CoGovernance = 5, CoProduction = 5, CoManagement = 4, Justification = "Plan adopté par quatre partenaires qui ont chacun pris des engagements datés.", CreatedAt = now,
            });
        }

        foreach (var (cycle, phase, day) in MulhouseJourney)
        {
            db.TerritoryPhaseChanges.Add(new TerritoryPhaseChange { TerritoryId = mulhouse.Id, Cycle = cycle, Phase = phase, EnteredOn = day });
        }

        // The other territories: each phase of their first cycle up to where they stand, a season apart.
        foreach (var territory in territories.Skip(1))
        {
            for (var phase = CyclePhase.OrganiseAndMobilise; phase <= territory.Phase && territory.Cycle == 1; phase++)
            {
                db.TerritoryPhaseChanges.Add(new TerritoryPhaseChange { TerritoryId = territory.Id, Cycle = 1, Phase = phase, EnteredOn = new DateOnly(2025, 9, 1).AddMonths(3 * ((int)phase - 1)) });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
