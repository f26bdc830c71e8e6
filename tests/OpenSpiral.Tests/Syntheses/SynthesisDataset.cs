using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Syntheses;

/// <summary>
/// A fresh territory with three groups and criteria whose counts are known by heart:
/// 19 approved criteria (2 unclassified), plus pending, rejected and deleted ones that must not count.
/// </summary>
/// <remarks>
/// Young (homogeneous, "Young people", 9: 5 women, 3 men, 9 aged 18–29): A03 Q1×3, A03 Q2×2, B01 Q2, H04 Q3×2, D04 Q1, unclassified Q1.
/// Elderly (rainbow, "Elderly people", 8: 6 women, 2 men, 8 aged 65+): A03 Q1, A03 Q4, G07 Q2×4, unclassified Q2.
/// Mothers (homogeneous, "Single parents", 7: 7 women): G07 Q2, D04 Q1.
/// </remarks>
public sealed record SynthesisDataset(int TerritoryId, string Slug, int YoungId, int ElderlyId, int MothersId)
{
    public static async Task<SynthesisDataset> CreateAsync(OpenSpiralApplication app, bool sharesWithNetwork = true) => await app.QueryAsync(async db =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var now = DateTime.UtcNow;
        var components = await db.Components.Where(c => db.Families.Any(f => f.Id == c.FamilyId && db.GridVersions.Any(v => v.Id == f.GridVersionId && v.IsCurrent)))
            .ToDictionaryAsync(c => c.Code, c => c.Id);
        var territory = new Territory { Name = $"Synthesis {suffix}", Slug = $"synthesis-{suffix}", Country = "FR", Languages = ["fr", "en"], CreatedAt = now, SharesCriteriaWithNetwork = sharesWithNetwork };
        HomogeneousGroup Group(string name, string profile, GroupKind kind, int size, ParticipantCounts counts) => new()
        {
            Territory = territory, Name = name, Profile = profile, Kind = kind, ParticipantCount = size, Counts = counts, Language = "fr", CreatedAt = now, UpdatedAt = now,
        };
        var young = Group("Young", "Young people", GroupKind.Homogeneous, 9, new() { Women = 5, Men = 3, Age18To29 = 9 });
        var elderly = Group("Elderly", "Elderly people", GroupKind.Rainbow, 8, new() { Women = 6, Men = 2, Age65Plus = 8 });
        var mothers = Group("Mothers", "Single parents", GroupKind.Homogeneous, 7, new() { Women = 7 });
        db.Groups.AddRange(young, elderly, mothers);
        await db.SaveChangesAsync();

        void Add(HomogeneousGroup group, string? code, Question question, int times = 1, CriterionStatus status = CriterionStatus.Approved, bool deleted = false)
        {
            for (var i = 0; i < times; i++)
            {
                db.Criteria.Add(new Criterion
                {
                    TerritoryId = territory.Id, GroupId = group.Id, Text = $"{code ?? "unclassified"} {question} {i}", Language = "fr", Question = question,
                    ComponentId = code is null ? null : components[code], Status = status, CreatedAt = now, UpdatedAt = now, DeletedAt = deleted ? now : null,
                });
            }
        }

        Add(young, "A03", Question.Q1, 3);
        Add(young, "A03", Question.Q2, 2);
        Add(young, "B01", Question.Q2);
        Add(young, "H04", Question.Q3, 2);
        Add(young, "D04", Question.Q1);
        Add(young, null, Question.Q1);
        Add(elderly, "A03", Question.Q1);
        Add(elderly, "A03", Question.Q4);
        Add(elderly, "G07", Question.Q2, 4);
        Add(elderly, null, Question.Q2);
        Add(mothers, "G07", Question.Q2);
        Add(mothers, "D04", Question.Q1);

        // None of these count: kiosk entries waiting for approval, rejected ones, deleted ones.
        Add(young, "A03", Question.Q1, 5, CriterionStatus.Pending);
        Add(young, null, Question.Q1, 2, CriterionStatus.Pending);
        Add(mothers, "G07", Question.Q2, 1, CriterionStatus.Rejected);
        Add(elderly, "A03", Question.Q1, 2, deleted: true);
        await db.SaveChangesAsync();
        return new SynthesisDataset(territory.Id, territory.Slug, young.Id, elderly.Id, mothers.Id);
    });
}
