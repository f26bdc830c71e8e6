using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Alerts;
using OpenSpiral.Web.Features.Articles;
using OpenSpiral.Web.Features.Comments;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Glossary;
using OpenSpiral.Web.Features.Grid;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Journey;
using OpenSpiral.Web.Features.Kiosk;
using OpenSpiral.Web.Features.Ladder;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Network;
using OpenSpiral.Web.Features.Notifications;
using OpenSpiral.Web.Features.OpenData;
using OpenSpiral.Web.Features.Plans;
using OpenSpiral.Web.Features.RoundTables;
using OpenSpiral.Web.Features.Search;
using OpenSpiral.Web.Features.Surveys;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.Web.Data;

/// <summary>The one model of OpenSpiral; each database provider has a thin subclass with its own migrations.</summary>
public abstract class OpenSpiralDbContext(DbContextOptions options) : IdentityDbContext<User>(options)
{
    public DbSet<NetworkSettings> NetworkSettings => Set<NetworkSettings>();
    public DbSet<Territory> Territories => Set<Territory>();
    public DbSet<TerritoryMember> TerritoryMembers => Set<TerritoryMember>();
    public DbSet<MemberInvitation> MemberInvitations => Set<MemberInvitation>();
    public DbSet<HomogeneousGroup> Groups => Set<HomogeneousGroup>();
    public DbSet<GroupMeeting> GroupMeetings => Set<GroupMeeting>();
    public DbSet<GroupFacilitator> GroupFacilitators => Set<GroupFacilitator>();
    public DbSet<GridVersion> GridVersions => Set<GridVersion>();
    public DbSet<Family> Families => Set<Family>();
    public DbSet<Component> Components => Set<Component>();
    public DbSet<Criterion> Criteria => Set<Criterion>();
    public DbSet<CriterionRevision> CriterionRevisions => Set<CriterionRevision>();
    public DbSet<GroupStatement> GroupStatements => Set<GroupStatement>();
    public DbSet<TerritoryQuestion> TerritoryQuestions => Set<TerritoryQuestion>();
    public DbSet<TerritoryDescription> TerritoryDescriptions => Set<TerritoryDescription>();
    public DbSet<KioskCampaign> KioskCampaigns => Set<KioskCampaign>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorComponent> IndicatorComponents => Set<IndicatorComponent>();
    public DbSet<IndicatorLevel> IndicatorLevels => Set<IndicatorLevel>();
    public DbSet<IndicatorLevelSource> IndicatorLevelSources => Set<IndicatorLevelSource>();
    public DbSet<IndicatorCriterion> IndicatorCriteria => Set<IndicatorCriterion>();
    public DbSet<IndicatorTranslation> IndicatorTranslations => Set<IndicatorTranslation>();
    public DbSet<IndicatorRevision> IndicatorRevisions => Set<IndicatorRevision>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyIndicator> SurveyIndicators => Set<SurveyIndicator>();
    public DbSet<SurveyProfileQuestion> SurveyProfileQuestions => Set<SurveyProfileQuestion>();
    public DbSet<SurveyProfileOption> SurveyProfileOptions => Set<SurveyProfileOption>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<SurveyResponseProfile> SurveyResponseProfiles => Set<SurveyResponseProfile>();

    public DbSet<TerritoryAction> Actions => Set<TerritoryAction>();
    public DbSet<ActionComponent> ActionComponents => Set<ActionComponent>();
    public DbSet<ActionIndicator> ActionIndicators => Set<ActionIndicator>();
    public DbSet<ActionStakeholder> ActionStakeholders => Set<ActionStakeholder>();
    public DbSet<ActionResource> ActionResources => Set<ActionResource>();
    public DbSet<ActionResourceUse> ActionResourceUses => Set<ActionResourceUse>();
    public DbSet<ActionDocument> ActionDocuments => Set<ActionDocument>();
    public DbSet<RoundTable> RoundTables => Set<RoundTable>();
    public DbSet<RoundTableParticipants> RoundTableParticipants => Set<RoundTableParticipants>();
    public DbSet<RoundTableComponent> RoundTableComponents => Set<RoundTableComponent>();
    public DbSet<RoundTableAssessment> RoundTableAssessments => Set<RoundTableAssessment>();
    public DbSet<ActionPlan> Plans => Set<ActionPlan>();
    public DbSet<PlanAction> PlanActions => Set<PlanAction>();
    public DbSet<PlanPriority> PlanPriorities => Set<PlanPriority>();
    public DbSet<PlanSignatory> PlanSignatories => Set<PlanSignatory>();
    public DbSet<ActionReview> ActionReviews => Set<ActionReview>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<CommitmentUpdate> CommitmentUpdates => Set<CommitmentUpdate>();
    public DbSet<LadderRating> LadderRatings => Set<LadderRating>();
    public DbSet<LadderRungLabel> LadderRungLabels => Set<LadderRungLabel>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
    public DbSet<NotificationSettings> NotificationSettings => Set<NotificationSettings>();
    public DbSet<ReminderDispatch> ReminderDispatches => Set<ReminderDispatch>();
    public DbSet<TerritoryPhaseChange> TerritoryPhaseChanges => Set<TerritoryPhaseChange>();

    public DbSet<WikiPage> WikiPages => Set<WikiPage>();
    public DbSet<WikiRevision> WikiRevisions => Set<WikiRevision>();
    public DbSet<WikiAttachment> WikiAttachments => Set<WikiAttachment>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<CommentReport> CommentReports => Set<CommentReport>();
    public DbSet<CommentModeration> CommentModerations => Set<CommentModeration>();
    public DbSet<GlossaryTerm> GlossaryTerms => Set<GlossaryTerm>();
    public DbSet<GlossaryEntry> GlossaryEntries => Set<GlossaryEntry>();
    public DbSet<NetworkContact> NetworkContacts => Set<NetworkContact>();
    public DbSet<MembershipApplication> MembershipApplications => Set<MembershipApplication>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Every IEntityTypeConfiguration of the application is applied: a new entity's configuration
        // cannot be forgotten here (Data/EntityConfigurationTests checks that each entity has one).
        builder.ApplyConfigurationsFromAssembly(typeof(OpenSpiralDbContext).Assembly);
    }
}
