using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Surveys;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Ladder;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.OpenData;

/// <summary>
/// A network without the demo, whose open data is known row by row: a sharing territory with the known
/// survey of <see cref="SurveyResultsDataset.KnownAsync"/>, criteria, a draft indicator, actions and ratings;
/// a territory that shares open data but not its criteria' words; and one that opted out, with the same kinds of rows.
/// </summary>
public sealed class OpenDataNetwork : IAsyncLifetime
{
    public OpenSpiralApplication App { get; } = OpenSpiralApplication.Create(demo: false);

    public SurveyResultsDataset Shared { get; private set; } = null!;
    public SurveyResultsDataset OptedOut { get; private set; } = null!;
    public int ReservedTerritoryId { get; private set; }
    public string SharedName { get; private set; } = "";
    public long ClassifiedCriterionId { get; private set; }
    public long UnclassifiedCriterionId { get; private set; }
    public long ReservedCriterionId { get; private set; }
    public int PublishedActionId { get; private set; }
    public int PublishedRatingId { get; private set; }

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        Shared = await SurveyResultsDataset.KnownAsync(App);
        OptedOut = await SurveyResultsDataset.KnownAsync(App);
        await App.QueryAsync(async db =>
        {
            var components = await SurveyResultsDataset.CurrentComponentsAsync(db);
            var shared = await db.Territories.SingleAsync(t => t.Id == Shared.TerritoryId);
            SharedName = shared.Name;
            var optedOut = await db.Territories.SingleAsync(t => t.Id == OptedOut.TerritoryId);
            optedOut.SharesOpenData = false;
            var reserved = new Territory
            {
                Name = "Reserved", Slug = "reserved-" + Guid.NewGuid().ToString("N")[..6], Country = "IT", Kind = TerritoryKind.Village, Languages = ["it"],
                Membership = MembershipStatus.Sympathiser, Cycle = 2, Phase = CyclePhase.CoEvaluate, SharesCriteriaWithNetwork = false, CreatedAt = Created,
            };
            db.Territories.Add(reserved);
            await db.SaveChangesAsync();
            ReservedTerritoryId = reserved.Id;

            var sharedGroup = Group(shared.Id);
            var optedOutGroup = Group(optedOut.Id);
            var reservedGroup = Group(reserved.Id);
            db.Groups.AddRange(sharedGroup, optedOutGroup, reservedGroup);
            await db.SaveChangesAsync();

            var classified = Criterion(sharedGroup, "Un logement digne", Question.Q1, components["A03"]);
            var unclassified = Criterion(sharedGroup, "Le bruit la nuit", Question.Q2, null);
            var pending = Criterion(sharedGroup, "En attente", Question.Q1, null);
            pending.Status = CriterionStatus.Pending;
            var hidden = Criterion(optedOutGroup, "Ne pas publier", Question.Q1, components["A03"]);
            var reservedCriterion = Criterion(reservedGroup, "Parole réservée", Question.Q3, components["G07"]);
            db.Criteria.AddRange(classified, unclassified, pending, hidden, reservedCriterion);

            var draft = SurveyResultsDataset.NewIndicator(shared.Id, components["A03"], "Draft indicator", Created);
            draft.Status = IndicatorStatus.Draft;
            db.Indicators.Add(draft);

            var published = Action(shared.Id, "Jardins partagés", published: true, components["A03"]);
            var unpublished = Action(shared.Id, "Projet interne", published: false, components["A03"]);
            var optedOutAction = Action(optedOut.Id, "Action discrète", published: true, components["A03"]);
            db.Actions.AddRange(published, unpublished, optedOutAction);
            await db.SaveChangesAsync();

            var rating = Rating(shared.Id, published.Id, 3);
            db.LadderRatings.AddRange(rating, Rating(shared.Id, unpublished.Id, 2), Rating(optedOut.Id, optedOutAction.Id, 4));
            await db.SaveChangesAsync();

            ClassifiedCriterionId = classified.Id;
            UnclassifiedCriterionId = unclassified.Id;
            ReservedCriterionId = reservedCriterion.Id;
            PublishedActionId = published.Id;
            PublishedRatingId = rating.Id;
            return 0;
        });
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    private static readonly DateTime Created = new(2026, 3, 15, 10, 30, 0, DateTimeKind.Utc);

    private static HomogeneousGroup Group(int territoryId) => new()
    {
        TerritoryId = territoryId, Name = "Group " + Guid.NewGuid().ToString("N")[..6], Language = "fr", ParticipantCount = 8, CreatedAt = Created, UpdatedAt = Created,
    };

    private static Criterion Criterion(HomogeneousGroup group, string text, Question question, int? componentId) => new()
    {
        TerritoryId = group.TerritoryId, GroupId = group.Id, Text = text, Language = "fr", Question = question, ComponentId = componentId,
        CreatedAt = Created, UpdatedAt = Created,
    };

    private static TerritoryAction Action(int territoryId, string title, bool published, int componentId) => new()
    {
        TerritoryId = territoryId, Title = title, IsPublished = published, Status = ActionStatus.Running, IsPilot = true, Cycle = 1,
        StartsOn = new DateOnly(2026, 4, 1), Components = [new ActionComponent { ComponentId = componentId }], CreatedAt = Created, UpdatedAt = Created,
    };

    private static LadderRating Rating(int territoryId, int actionId, int rung) => new()
    {
        TerritoryId = territoryId, ActionId = actionId, Cycle = 1, RatedOn = new DateOnly(2026, 5, 10), Rung = rung,
        CoGovernance = 2, CoProduction = 3, CoManagement = 1, Justification = "Les habitants co-produisent", CreatedAt = Created,
    };
}
