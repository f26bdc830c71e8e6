using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using OpenSpiral.Web;
using System.Text.Json.Serialization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Admin;
using OpenSpiral.Web.Features.Alerts;
using OpenSpiral.Web.Features.Articles;
using OpenSpiral.Web.Features.Comments;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Criteria.Import;
using OpenSpiral.Web.Features.Demo;
using OpenSpiral.Web.Features.Feedback;
using OpenSpiral.Web.Features.Glossary;
using OpenSpiral.Web.Features.Grid;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Journey;
using OpenSpiral.Web.Features.Kiosk;
using OpenSpiral.Web.Features.Ladder;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Network;
using OpenSpiral.Web.Features.Network.Feeds;
using OpenSpiral.Web.Features.Network.Membership;
using OpenSpiral.Web.Features.Notifications;
using OpenSpiral.Web.Features.OpenData;
using OpenSpiral.Web.Features.RoundTables;
using OpenSpiral.Web.Features.Search;
using OpenSpiral.Web.Features.Plans;
using OpenSpiral.Web.Features.Suggestions;
using OpenSpiral.Web.Features.Surveys;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Features.Translations;
using OpenSpiral.Web.Features.Wiki;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Markdown;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;
using OpenSpiral.Web.Infrastructure.OpenApi;
using OpenSpiral.Web.Infrastructure.Text;

var builder = WebApplication.CreateBuilder(args);
var services = builder.Services;
builder.AddHttpSecurity();

services.AddSingleton(TimeProvider.System);
services.AddMemoryCache();
services.AddOpenSpiralDatabase(builder.Configuration, builder.Environment);
services.AddAccounts(builder.Configuration);
if (builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } keysPath)
{
    // Keeps logins valid across restarts and shared between instances.
    services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keysPath)).SetApplicationName("OpenSpiral");
}

services.AddOpenSpiralAuthorization();
services.AddOpenSpiralLocalization();
services.AddRazorPages(o =>
{
    o.RootDirectory = "/Features";
    o.Conventions.AddTerritoryCreationRoute();
}).AddViewLocalization().AddDataAnnotationsLocalization(o =>
    o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
{
    ProblemDetailsLanguage.Translate(context);
    ValidationErrorNames.UseJsonNames(context);
});
services.AddExceptionHandler<BadRequestExceptionHandler>();
services.AddExceptionHandler<ApiExceptionHandler>();
services.AddValidation();
services.AddStorableText();
// Enums travel by name only: an integer such as "question": 99 would otherwise be stored as an undefined value.
services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false)));
services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
services.AddOpenSpiralOpenApi();
services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
services.AddScoped<GridService>();
services.AddScoped<GroupService>();
services.AddScoped<CriterionService>();
services.AddScoped<QuestionWording>();
services.AddScoped<MemberService>();
services.AddScoped<MemberInvitations>();
services.AddSingleton<InvitationMailLimiter>();
services.Configure<MemberInvitationOptions>(builder.Configuration.GetSection(MemberInvitationOptions.Section));
services.AddHostedService<ExpiredInvitationPurge>();
services.AddScoped<SynthesisService>();
services.AddScoped<SynthesisCriteria>();
services.AddScoped<SurveyResultsService>();
services.AddScoped<TerritoryService>();
services.AddScoped<DemoSeeder>();
services.AddScoped<SurveyService>();
services.AddNotifications(builder.Configuration);
services.AddScoped<AlertService>();
services.AddKiosk(builder.Configuration);
services.AddIndicators();
services.AddSuggestions(builder.Configuration);
services.AddSurveyAnswering(builder.Configuration);
services.AddCriteriaImportExport();
services.AddRoundTables();
services.AddActions();
services.AddPlans();
services.AddLadder();
services.AddScoped<JourneyService>();
services.AddSingleton<MarkdownRenderer>();
services.AddNetwork();
services.AddWiki();
services.AddComments();
services.AddOpenData(builder.Configuration);
services.AddGlossary();
services.AddSearch();
services.AddScoped<TranslationStatus>();

var app = builder.Build();

await app.Services.InitializeDatabaseAsync();

// Culture first: error pages re-executed below keep the language the visitor asked for (?culture=fr).
app.UseRequestLocalization();
app.UseCookiePolicy();
app.UseExceptionHandler("/error");
app.UseHstsWhenEnabled();

app.UseSecurityHeaders();
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));

// Routing after the status code pages, so that a re-executed /error/{code} request finds its page.
app.UseRouting();
app.UseNotFoundForUnknownAddresses();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgeryForCookieApiCalls();
app.UseRateLimiter();
app.UseStorableFormText();

app.MapStaticAssets().AllowAnonymous();
app.MapRazorPages();
app.MapKioskEndpoints();
app.MapFeedbackEndpoints();
app.MapSurveyEndpoints();
app.MapFeedEndpoints();
app.MapOpenDataDownloads();
var api = app.MapGroup("/api/v1").WithStorableText();
api.MapAccountsApi().WithAccountsRateLimits().KeepingTheCookieSessionAfterAPasswordChange();
api.MapGridApi();
api.MapTerritoriesApi();
api.MapGroupsApi();
api.MapCriteriaApi();
api.MapNetworkApi();
api.MapMembershipApi();
api.MapKioskApi();
api.MapSuggestionsApi();
api.MapCriteriaImportApi();
api.MapSynthesesApi();
api.MapInvitationsApi();
api.MapSurveysApi();
api.MapSurveyResponsesApi();
api.MapSurveyResultsApi();
api.MapIndicatorsApi();
api.MapRoundTablesApi();
api.MapActionsApi();
api.MapResourcesApi();
api.MapPlansApi();
api.MapLadderApi();
api.MapJourneyApi();
api.MapNotificationsApi();
api.MapAlertsApi();
api.MapWikiApi();
api.MapArticlesApi();
api.MapCommentsApi();
api.MapOpenDataApi();
api.MapApiTokensApi();
api.MapGlossaryApi();
api.MapSearchApi();
api.MapTranslationsApi();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapApiDocumentation(app.Configuration);

app.Run();

public partial class Program;
