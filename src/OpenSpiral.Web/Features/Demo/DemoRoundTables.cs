using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.RoundTables;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Demo;

/// <summary>
/// The demo's round table: the parents' café of the Coteaux (Mulhouse) seen by its beneficiaries, its
/// carrier, its partners and citizens; they agree on one component and diverge on the other.
/// </summary>
internal static class DemoRoundTables
{
    public const string ActionTitle = "Café des parents aux Coteaux";

    public static async Task AddAsync(OpenSpiralDbContext db, IReadOnlyList<Territory> territories, DateTime now, CancellationToken cancellationToken)
    {
        var mulhouse = territories[0];
        var action = await db.Actions.Where(a => a.TerritoryId == mulhouse.Id && a.Title == ActionTitle)
            .Select(a => new { a.Id, Components = a.Components.Select(c => new { c.ComponentId, c.Component!.Code }).OrderBy(c => c.Code).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (action is null || action.Components.Count < 2)
        {
            return;
        }

        // B07 first: the carrier sees more than the parents do (a divergence); D01: all see the ties woven (an agreement).
        var (divergent, agreed) = (action.Components[0].ComponentId, action.Components[1].ComponentId);
        var roundTable = new RoundTable
        {
            TerritoryId = mulhouse.Id,
            ActionId = action.Id,
            Title = "Table ronde du café des parents",
            HeldOn = new DateOnly(2026, 6, 16),
            Cycle = mulhouse.Cycle,
            Notes = "Séance au centre social Papin, animée par la facilitatrice. Les parents souhaitent un second créneau le samedi.",
            PublishedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
            Participants =
            [
                new() { Perspective = Perspective.Beneficiary, Count = 9 },
                new() { Perspective = Perspective.Carrier, Count = 2 },
                new() { Perspective = Perspective.Partner, Count = 3 },
                new() { Perspective = Perspective.Citizen, Count = 4 },
            ],
            Components = [.. action.Components.Select((c, i) => new RoundTableComponent { ComponentId = c.ComponentId, Position = i })],
            Assessments =
            [
                View(agreed, Perspective.Beneficiary, 2, "On se connaît maintenant, on s'entraide pour les sorties d'école.", "Un second créneau le samedi matin."),
                View(agreed, Perspective.Carrier, 2, "Les mêmes parents reviennent chaque semaine et en amènent d'autres.", ""),
                View(agreed, Perspective.Partner, 1, "Des parents viennent davantage aux réunions de l'école.", "Associer les enseignants une fois par trimestre."),
                View(agreed, Perspective.Citizen, 1, "Le quartier en parle en bien.", ""),
                View(divergent, Perspective.Beneficiary, -1, "Les papas ne viennent pas, les horaires ne conviennent pas à ceux qui travaillent.", "Ouvrir aussi en fin de journée."),
                View(divergent, Perspective.Carrier, 1, "Le café est ouvert à tous les parents.", ""),
                View(divergent, Perspective.Partner, 0, "", ""),
                View(divergent, Perspective.Citizen, -1, "On ne savait pas que le café existait.", "Mieux faire connaître le café, par l'école et le marché."),
            ],
        };
        db.RoundTables.Add(roundTable);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static RoundTableAssessment View(int componentId, Perspective perspective, int effect, string comment, string proposal) =>
        new() { ComponentId = componentId, Perspective = perspective, Effect = effect, Comment = comment, Proposal = proposal };
}
