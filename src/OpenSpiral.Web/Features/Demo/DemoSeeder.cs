using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Kiosk;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Demo;

/// <summary>Loads a demo network (territories, groups, criteria, accounts) into an empty database.</summary>
public sealed class DemoSeeder(OpenSpiralDbContext db, UserManager<User> users, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string AdminEmail = "admin@openspiral.demo";
    public const string CoordinatorEmail = "coordinator@openspiral.demo";
    public const string FacilitatorEmail = "facilitator@openspiral.demo";
    public const string Coordinator2Email = "coordinator2@openspiral.demo";
    public const string MemberEmail = "member@openspiral.demo";

    /// <summary>The public code of the demo kiosk (/kiosk/mulhouse-kiosk); real campaigns get random codes.</summary>
    public const string KioskCode = "mulhouse-kiosk";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Territories.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var admin = await CreateUserAsync(AdminEmail, "Ana Admin", "en");
        await users.AddToRoleAsync(admin, Roles.Administrator);
        var coordinator = await CreateUserAsync(CoordinatorEmail, "Claire Coordinator", null);
        var facilitator = await CreateUserAsync(FacilitatorEmail, "Farid Facilitator", null);
        var coordinator2 = await CreateUserAsync(Coordinator2Email, "Chiara Coordinator", "en");
        await CreateUserAsync(MemberEmail, "Max Member", "en");

        var network = LoadNetwork();
        var components = await db.Components.AsNoTracking()
            .Where(c => db.Families.Any(f => f.Id == c.FamilyId && db.GridVersions.Any(v => v.Id == f.GridVersionId && v.IsCurrent)))
            .ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);

        var territories = network.Territories.Select(t => ToTerritory(t, now)).ToList();
        territories[0].Members.Add(new TerritoryMember { UserId = coordinator.Id, Role = TerritoryRole.Coordinator, StakeholderType = StakeholderType.Administration, Organisation = "Ville de Mulhouse, cohésion sociale", JoinedAt = now });
        var facilitatorSeat = new TerritoryMember { UserId = facilitator.Id, Role = TerritoryRole.Facilitator, StakeholderType = StakeholderType.Association, Organisation = "Centre socioculturel", JoinedAt = now };
        territories[0].Members.Add(facilitatorSeat);
        territories[1].Members.Add(new TerritoryMember { UserId = coordinator2.Id, Role = TerritoryRole.Coordinator, StakeholderType = StakeholderType.Elected, Organisation = "Comune di Pergine Valsugana", JoinedAt = now });

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Territories.AddRange(territories);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var group in territories[0].Groups.Take(3))
        {
            db.GroupFacilitators.Add(new GroupFacilitator { GroupId = group.Id, MemberId = facilitatorSeat.Id });
        }

        var criteria = new List<Criterion>();
        for (var i = 0; i < territories.Count; i++)
        {
            for (var j = 0; j < territories[i].Groups.Count; j++)
            {
                var group = territories[i].Groups[j];
                foreach (var item in network.Territories[i].Groups[j].Criteria)
                {
                    var componentId = item.C is null ? (int?)null : components[item.C];
                    criteria.Add(new Criterion
                    {
                        TerritoryId = group.TerritoryId,
                        GroupId = group.Id,
                        Text = item.Text,
                        Language = group.Language,
                        Question = item.Q,
                        ComponentId = componentId,
                        ClassifiedById = componentId is null ? null : (i == 0 ? facilitator.Id : coordinator2.Id),
                        ClassifiedAt = componentId is null ? null : now,
                        ClassifiedVia = componentId is null ? null : ClassificationMethod.Manual,
                        CreatedAt = now,
                        UpdatedAt = now,
                    });
                }
            }
        }

        criteria.AddRange(AddKiosk(territories[0], now));
        db.Criteria.AddRange(criteria);
        await db.SaveChangesAsync(cancellationToken);
        await DemoSurveys.AddAsync(db, territories, criteria, components, now, cancellationToken);
        await DemoActions.AddAsync(db, territories, components, now, cancellationToken);
        await DemoRoundTables.AddAsync(db, territories, now, cancellationToken);
        await DemoPlans.AddAsync(db, territories, coordinator.Id, now, cancellationToken);
        await DemoLadder.AddAsync(db, territories, now, cancellationToken);
        await DemoAlerts.AddAsync(db, territories, now, cancellationToken);
        await DemoNetworkSite.AddAsync(db, territories, now, cancellationToken);
        await DemoWiki.AddAsync(db, now, cancellationToken);
        await DemoArticles.AddAsync(db, territories, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Demo network loaded: {Territories} territories, {Criteria} criteria", territories.Count, criteria.Count);
    }

    // An open kiosk in the first territory, feeding its rainbow group, with three answers waiting for approval.
    private IEnumerable<Criterion> AddKiosk(Territory territory, DateTime now)
    {
        var group = territory.Groups.First(g => g.Kind == GroupKind.Rainbow);
        var campaign = new KioskCampaign
        {
            TerritoryId = territory.Id, Code = KioskCode, Title = "Vos idées pour le bien-être à Mulhouse", GroupId = group.Id, IsOpen = true, CreatedAt = now,
        };
        db.KioskCampaigns.Add(campaign);
        (Question Question, string Text)[] answers =
        [
            (Question.Q1, "Des bancs à l'ombre dans les parcs pour se reposer"),
            (Question.Q2, "Les trottoirs trop étroits pour passer avec une poussette"),
            (Question.Q3, "J'aide ma voisine à porter ses courses"),
        ];
        return answers.Select(a => new Criterion
        {
            TerritoryId = territory.Id, GroupId = group.Id, Text = a.Text, Language = "fr", Question = a.Question,
            Status = CriterionStatus.Pending, Source = CriterionSource.Kiosk, KioskCampaign = campaign, CreatedAt = now, UpdatedAt = now,
        });
    }

    private static Territory ToTerritory(DemoNetwork.DemoTerritory t, DateTime now) => new()
    {
        Name = t.Name,
        Slug = t.Slug,
        Kind = t.Kind,
        Country = t.Country,
        Languages = t.Languages,
        Description = t.Description,
        DescriptionTranslations = [.. (t.DescriptionTranslations ?? []).Select(d => new TerritoryDescription { Language = d.Key, Text = d.Value })],
        Membership = t.Membership,
        CharterAdherence = t.CharterAdherence,
        Cycle = t.Cycle,
        Phase = (CyclePhase)t.Phase,
        CreatedAt = now,
        Groups = [.. t.Groups.Select(g => new HomogeneousGroup
        {
            Name = g.Name,
            Profile = g.Profile,
            Kind = g.Kind,
            ParticipantCount = g.ParticipantCount,
            Counts = new ParticipantCounts
            {
                Women = g.Women, Men = g.Men, OtherGender = g.OtherGender,
                AgeUnder18 = g.AgeUnder18, Age18To29 = g.Age18To29, Age30To44 = g.Age30To44, Age45To64 = g.Age45To64, Age65Plus = g.Age65Plus,
            },
            Language = g.Language,
            FeedbackCode = FeedbackCodes.New(),
            CreatedAt = now,
            UpdatedAt = now,
            Meetings = [.. g.Meetings.Select(d => new GroupMeeting { Date = d })],
        })],
    };

    private async Task<User> CreateUserAsync(string email, string displayName, string? language)
    {
        var user = new User
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            PreferredLanguage = language,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, DemoOptions.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {email}: {string.Join(", ", result.Errors.Select(e => e.Description))}");
        }

        return user;
    }

    private static DemoNetwork LoadNetwork()
    {
        using var stream = typeof(DemoSeeder).Assembly.GetManifestResourceStream("OpenSpiral.Web.demo-network.json")
            ?? throw new InvalidOperationException("The demo network resource is missing.");
        return JsonSerializer.Deserialize<DemoNetwork>(stream, JsonOptions) ?? throw new InvalidOperationException("The demo network is empty.");
    }
}
