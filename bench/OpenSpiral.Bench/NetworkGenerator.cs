using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Bench;

/// <summary>Fills a database with a network of realistic size: territories, coordination groups, homogeneous groups.</summary>
internal static class NetworkGenerator
{
    private static readonly string[] Countries = ["FR", "BE", "IT", "LV", "GR", "PL", "PT", "SE", "RO", "CV", "ES", "DE"];
    private static readonly string[] Profiles = ["Young people 16-25", "Elderly people", "Single parents", "People with disabilities", "Social workers", "Asylum seekers", "Residents of the old town", "Shopkeepers"];

    public static async Task GenerateAsync(OpenSpiralDbContext db, int territories, int groupsPerTerritory, int membersPerTerritory)
    {
        var random = new Random(2026);
        var now = DateTime.UtcNow;
        var users = Enumerable.Range(0, membersPerTerritory * territories).Select(i => new User
        {
            UserName = $"member{i}@bench.local",
            NormalizedUserName = $"MEMBER{i}@BENCH.LOCAL",
            Email = $"member{i}@bench.local",
            NormalizedEmail = $"MEMBER{i}@BENCH.LOCAL",
            DisplayName = $"Member {i}",
            SecurityStamp = Guid.NewGuid().ToString(),
            CreatedAt = now,
        }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();

        for (var t = 0; t < territories; t++)
        {
            var territory = new Territory
            {
                Name = $"Territory {t:D4}",
                Slug = $"territory-{t:D4}",
                Kind = (TerritoryKind)(t % 4),
                Country = Countries[t % Countries.Length],
                Languages = ["fr", "en"],
                Description = "A generated territory for benchmarks.",
                Membership = (MembershipStatus)(t % 3),
                Cycle = 1 + (t % 3),
                Phase = (CyclePhase)(1 + (t % 8)),
                CreatedAt = now,
                Members = [.. Enumerable.Range(0, membersPerTerritory).Select(m => new TerritoryMember
                {
                    UserId = users[(t * membersPerTerritory) + m].Id,
                    Role = m == 0 ? TerritoryRole.Coordinator : TerritoryRole.Facilitator,
                    StakeholderType = (StakeholderType)(m % 9),
                    JoinedAt = now,
                })],
                Groups = [.. Enumerable.Range(0, groupsPerTerritory).Select(g => new HomogeneousGroup
                {
                    Name = $"Group {g:D2}",
                    Profile = Profiles[g % Profiles.Length],
                    Kind = g % 7 == 0 ? GroupKind.Rainbow : GroupKind.Homogeneous,
                    ParticipantCount = 7 + random.Next(6),
                    Counts = new ParticipantCounts { Women = 4, Men = 3 },
                    Language = "fr",
                    CreatedAt = now,
                    UpdatedAt = now,
                    Meetings = [new GroupMeeting { Date = new DateOnly(2025, 1 + (g % 12), 1 + (g % 28)) }],
                })],
            };
            db.Territories.Add(territory);
            if (t % 50 == 49)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
