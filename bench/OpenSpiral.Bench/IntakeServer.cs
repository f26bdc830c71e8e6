using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Bench;

/// <summary>
/// The real application on Kestrel, on a loopback port, with its own database, plus (in this host
/// only, never in the shipped application) <see cref="MinimalPath"/>: the same insert as the real
/// endpoint without the pipeline, as the baseline of the intake benchmark. (The factory takes any type
/// of the application's assembly: the bench has a Program of its own.)
/// </summary>
internal sealed class IntakeServer(string provider, string connectionString) : WebApplicationFactory<OpenSpiralDbContext>
{
    public const string MinimalPath = "/bench/intake";

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSolutionRelativeContentRoot("src/OpenSpiral.Web", solutionName: "OpenSpiral.slnx");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:OpenSpiral", connectionString);
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("App:PublicUrl", "http://localhost");

        // Every request of the load comes from the one loopback address.
        builder.UseSetting($"{SurveyAnsweringOptions.Section}:{nameof(SurveyAnsweringOptions.SubmissionsPerMinute)}", "100000000");

        // The replays that lose the race to the unique index are expected: EF's error log would only slow both endpoints.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Update", "None");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new MinimalIntake()));
    }

    /// <summary>Puts the minimal endpoint in front of the whole pipeline (localisation, routing, authentication, rate limiting, validation...).</summary>
    private sealed class MinimalIntake : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(MinimalPath, branch => branch.Run(InsertAsync));
            next(app);
        };

        // POST /bench/intake/{surveyId}/{questionId}/{optionId}: the same rows as the real endpoint (the
        // response, its answers, its profile choice given by id) in one SaveChanges, without looking the
        // survey up or checking anything; a key seen before answers the stored id, like the real endpoint.
        private static async Task InsertAsync(HttpContext context)
        {
            var ids = context.Request.Path.Value!.Trim('/').Split('/').Select(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var surveyId = ids[0];
            var keyHash = SurveySubmissions.HashKey(context.Request.Headers[SurveyResponsesApi.IdempotencyKeyHeader].ToString());
            var request = await context.Request.ReadFromJsonAsync<SurveyResponseRequest>(context.RequestAborted);
            var db = context.RequestServices.GetRequiredService<OpenSpiralDbContext>();
            var response = new SurveyResponse
            {
                Id = Guid.NewGuid(), SurveyId = surveyId, AnsweredOn = DateOnly.FromDateTime(DateTime.UtcNow), SubmissionKeyHash = keyHash,
                Answers = [.. request!.Answers!.Select(a => new SurveyAnswer { SurveyId = surveyId, IndicatorId = a.IndicatorId, Current = a.Current, Wished = a.Wished })],
                Profile = [new SurveyResponseProfile { QuestionId = ids[1], OptionId = ids[2] }],
            };
            db.SurveyResponses.Add(response);
            Guid id;
            try
            {
                await db.SaveChangesAsync(context.RequestAborted);
                id = response.Id;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                id = await db.SurveyResponses.Where(r => r.SurveyId == surveyId && r.SubmissionKeyHash == keyHash).Select(r => r.Id).SingleAsync(context.RequestAborted);
            }

            context.Response.StatusCode = StatusCodes.Status201Created;
            await context.Response.WriteAsJsonAsync(new SurveyResponseCreated(id, response.AnsweredOn), context.RequestAborted);
        }
    }
}
