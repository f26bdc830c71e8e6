using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Plans;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Demo;

/// <summary>
/// The demo's action plan: Mulhouse's plan for its current cycle with the demo actions, two priorities,
/// six commitments (two kept, two late, one broken, one open on time) with their follow-up, and signatories.
/// </summary>
internal static class DemoPlans
{
    private sealed record DemoCommitment(int Action, string Stakeholder, string Description, string? Means, int DueInDays, CommitmentStatus Status, string? Note, string? Evidence);

    private static readonly DemoCommitment[] Commitments =
    [
        new(0, "Centre social Papin", "Ouvrir le café des parents deux matinées par semaine", "Salle polyvalente, une animatrice à mi-temps", -120, CommitmentStatus.Kept, "Le café ouvre le mardi et le jeudi depuis janvier.", "https://example.org/mulhouse/cafe-des-parents"),
        new(0, "École Jean-Zay", "Informer les familles à chaque rentrée", null, -60, CommitmentStatus.Kept, "Affiche et mot dans les cahiers à la rentrée.", null),
        new(1, "Office public de l'habitat", "Proposer dix logements rénovés à loyer modéré", "Budget de rénovation 2026", -30, CommitmentStatus.Open, "Six logements prêts, quatre en travaux.", null),
        new(1, "Ville de Mulhouse", "Réunir les bailleurs une fois par trimestre", "Salle du conseil, secrétariat", -10, CommitmentStatus.Open, null, null),
        new(2, "Soléa (transports urbains)", "Tester une navette le vendredi soir pendant trois mois", "Un minibus et deux chauffeurs", -45, CommitmentStatus.Broken, "Pas de chauffeur disponible le soir\u00A0: test abandonné.", null),
        new(2, "Conseil citoyen des Coteaux", "Recenser les trajets du soir avec les habitants", "Trois bénévoles", 60, CommitmentStatus.Open, null, null),
    ];

    public static async Task AddAsync(OpenSpiralDbContext db, IReadOnlyList<Territory> territories, string authorId, DateTime now, CancellationToken cancellationToken)
    {
        var mulhouse = territories[0];
        var actions = await db.Actions.Where(a => a.TerritoryId == mulhouse.Id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var components = await db.ActionComponents.Where(c => actions.Select(a => a.Id).Contains(c.ActionId)).Select(c => c.ComponentId).Distinct().Take(2).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(now);
        var plan = new ActionPlan
        {
            TerritoryId = mulhouse.Id,
            Cycle = mulhouse.Cycle,
            Title = "Contrat social multipartite des Coteaux",
            Summary = "Les groupes ont surtout parlé du logement, de l'isolement des parents et des déplacements du soir. Chaque signataire s'engage sur ce qu'il peut tenir, pour une date, avec ses moyens.",
            Status = PlanStatus.Adopted,
            AdoptedOn = today.AddDays(-150),
            CreatedAt = now,
            UpdatedAt = now,
            Actions = [.. actions.Take(3).Select((a, i) => new PlanAction { ActionId = a.Id, Position = i })],
            Priorities = [.. components.Select((id, i) => new PlanPriority { ComponentId = id, Position = i })],
            Signatories =
            [
                new PlanSignatory { Organisation = "Ville de Mulhouse", SignsAs = "Adjointe au maire chargée de la cohésion sociale", Position = 0 },
                new PlanSignatory { Organisation = "Office public de l'habitat", SignsAs = "Directeur", Position = 1 },
                new PlanSignatory { Organisation = "Centre social Papin", SignsAs = "Présidente", Position = 2 },
                new PlanSignatory { Organisation = "Conseil citoyen des Coteaux", SignsAs = "Porte-parole", Position = 3 },
            ],
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var c in Commitments.Where(c => c.Action < actions.Count))
        {
            var commitment = new Commitment
            {
                TerritoryId = mulhouse.Id,
                ActionId = actions[c.Action].Id,
                PlanId = plan.Id,
                Stakeholder = c.Stakeholder,
                Description = c.Description,
                Means = c.Means,
                DueDate = today.AddDays(c.DueInDays),
                Status = c.Status,
                CreatedAt = now,
                UpdatedAt = now,
            };
            if (c.Note is not null)
            {
                commitment.Updates.Add(new CommitmentUpdate { Status = c.Status, Note = c.Note, EvidenceUrl = c.Evidence, AuthorId = authorId, CreatedAt = now.AddDays(Math.Min(c.DueInDays, 0) - 2) });
            }

            db.Commitments.Add(commitment);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
