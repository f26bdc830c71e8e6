using System.Net;
using System.Text.RegularExpressions;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Demo;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Performance;

/// <summary>
/// Each main page sends a small, fixed number of SQL statements, whatever the amount of data:
/// adding groups, members or territories must not add queries (no N+1).
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed partial class SqlStatementsPerPageTests(OpenSpiralApplication app)
{
    // 11 since the site header shows the unread notifications of who is signed in: one COUNT on every signed-in page;
    // 14 since the public territory and action pages show their comments (the page of comments, its count, who moderates).
    private const int Budget = 14;

    public static TheoryData<string, string?> Pages => new()
    {
        { "/", null },
        { "/territories", null },
        { "/territories/mulhouse", null },
        { "/grid", null },
        { "/workspace", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/groups", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/members", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/groups/new", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/classify?all=true", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/kiosks", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/kiosks/pending", DemoData.Facilitator1 },
        { $"/kiosk/{DemoSeeder.KioskCode}", null },
        { $"/kiosk/{DemoSeeder.KioskCode}/answer?culture=fr&question=Q2", null },
        { "/territories/mulhouse/workspace/criteria/import", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/synthesis", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/synthesis/groups", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/synthesis/participants", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/synthesis/network", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/synthesis/report", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/synthesis/export?table=components&format=xlsx", DemoData.Coordinator1 },
        { "/api/v1/territories/1/synthesis", DemoData.Coordinator1 },
        { "/admin/territories", DemoData.Administrator },
        { "/admin/users", DemoData.Administrator },
        { "/admin/grid", DemoData.Administrator },
        { "/api/v1/territories", null },
        { "/network/criteria?component=A03", DemoData.Member },
        { "/territories/mulhouse/workspace/indicators", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/alerts", DemoData.Coordinator1 },
        { "/notifications", DemoData.Coordinator1 },
        { "/admin/alerts", DemoData.Administrator },
        { "/territories/mulhouse/workspace/indicators/new", DemoData.Coordinator1 },
        { "/network/indicators", DemoData.Member },
        { "/territories?membership=member&phase=coEvaluate&language=fr&view=world", null },
        { "/network", null },
        { "/network/charter", null },
        { "/admin/membership", DemoData.Administrator },
        { "/admin/network/coordination", DemoData.Administrator },
        { "/territories/mulhouse/workspace/membership", DemoData.Coordinator1 },
        { "/feeds/actions.atom", null },
        { "/feeds/groups.atom", null },
        { "/open-data", null },
        { "/account/tokens", DemoData.Member },
        { "/api/v1/open-data/criteria?pageSize=200", null },
        { "/api/v1/open-data/survey-results?pageSize=200", null },
        { "/api/v1/open-data/indicators?pageSize=200", null },
        { "/search?q=mulhouse", DemoData.Member },
        { "/search?q=logement&type=action&territory=mulhouse&language=fr", null },
        { "/api/v1/search?q=quartier", DemoData.Member },
        { "/admin/search", DemoData.Administrator },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_sends_few_sql_statements(string url, string? account)
    {
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var client = await ClientAsync(factory, account);
        await CountAsync(client, counter, url); // Warm up: reference data (the grid) is cached after the first request.

        var statements = await CountAsync(client, counter, url);

        Assert.InRange(statements, 0, Budget);
    }

    public static TheoryData<string, string> WorkspacePages => new()
    {
        { "/territories/mulhouse/workspace", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/groups", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/groups/new", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/members", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/classify?all=true", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/kiosks", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/kiosks/pending", DemoData.Facilitator1 },
        { "/territories/mulhouse/workspace/criteria/import", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/synthesis", DemoData.Coordinator1 },
        { "/territories/mulhouse/workspace/synthesis/groups", DemoData.Coordinator1 },
    };

    [Theory]
    [MemberData(nameof(WorkspacePages))]
    public async Task A_workspace_page_reads_its_territory_once_for_the_permission_and_the_page(string url, string account)
    {
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var client = await ClientAsync(factory, account);
        await CountAsync(client, counter, url);

        await CountAsync(client, counter, url);

        Assert.Single(counter.Commands, sql => TerritoryBySlug().IsMatch(sql));
    }

    [Fact]
    public async Task A_group_feedback_page_sends_few_sql_statements()
    {
        var code = await app.QueryAsync(db => db.Groups.Where(g => g.FeedbackCode != null && g.Criteria.Count > 0).OrderBy(g => g.Id).Select(g => g.FeedbackCode!).FirstAsync());
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var client = await ClientAsync(factory, null);

        Assert.InRange(await CountAsync(client, counter, $"/g/{code}"), 1, Budget);
    }

    [Fact]
    public async Task More_groups_members_and_territories_add_no_statement_to_their_lists()
    {
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var coordinator = await ClientAsync(factory, DemoData.Coordinator1);
        using var admin = await ClientAsync(factory, DemoData.Administrator);
        string[] coordinatorPages = ["/territories/mulhouse/workspace", "/territories/mulhouse/workspace/groups", "/territories/mulhouse/workspace/members", "/territories/mulhouse/workspace/synthesis", "/territories/mulhouse/workspace/synthesis/report"];
        string[] adminPages = ["/admin/users", "/admin/territories", "/territories", "/territories?view=world&membership=member", "/network", "/feeds/territories.atom", "/workspace"];
        // Warm up first: reference data (the grid) is cached after a page's first request.
        foreach (var url in coordinatorPages)
        {
            await CountAsync(coordinator, counter, url);
        }

        var before = new List<int>();
        foreach (var url in coordinatorPages)
        {
            before.Add(await CountAsync(coordinator, counter, url));
        }

        foreach (var url in adminPages)
        {
            before.Add(await CountAsync(admin, counter, url));
        }

        await AddDataAsync(factory);

        var after = new List<int>();
        foreach (var url in coordinatorPages)
        {
            after.Add(await CountAsync(coordinator, counter, url));
        }

        foreach (var url in adminPages)
        {
            after.Add(await CountAsync(admin, counter, url));
        }

        Assert.Equal(before, after);
    }

    [Fact]
    public async Task The_survey_pages_send_few_statements_and_no_more_with_more_surveys_and_indicators()
    {
        var surveyId = await app.QueryAsync(db => db.Surveys.Where(s => s.Code == "mulhouse-vague-2").Select(s => s.Id).SingleAsync());
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var client = await ClientAsync(factory, DemoData.Coordinator1);
        string[] pages =
        [
            "/territories/mulhouse/workspace/surveys", "/territories/mulhouse/workspace/surveys/new",
            $"/territories/mulhouse/workspace/surveys/{surveyId}", $"/territories/mulhouse/workspace/surveys/{surveyId}/edit",
            $"/territories/mulhouse/workspace/surveys/{surveyId}/questionnaire?lang=fr", $"/territories/mulhouse/workspace/surveys/{surveyId}/poster",
            $"/territories/mulhouse/workspace/surveys/{surveyId}/status?to=closed", $"/api/v1/surveys/{surveyId}",
        ];
        foreach (var url in pages)
        {
            await CountAsync(client, counter, url);
        }

        var before = new List<int>();
        foreach (var url in pages)
        {
            before.Add(await CountAsync(client, counter, url));
        }

        await OpenSpiral.Tests.Surveys.SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Indicateur de plus");
        for (var i = 0; i < 3; i++)
        {
            var indicator = await OpenSpiral.Tests.Surveys.SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, $"Indicateur {i}");
            await OpenSpiral.Tests.Surveys.SurveyDefinitionData.AddSurveyAsync(app, DemoData.Territory1Slug, $"Enquête {i}", OpenSpiral.Web.Features.Surveys.SurveyStatus.Open, indicator);
        }

        var after = new List<int>();
        foreach (var url in pages)
        {
            after.Add(await CountAsync(client, counter, url));
        }

        Assert.All(before, count => Assert.InRange(count, 1, Budget));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_classification_board_save_sends_as_many_statements_for_twenty_codes_as_for_one()
    {
        var ids = await app.QueryAsync(db => db.Criteria.Where(c => db.Territories.Any(t => t.Id == c.TerritoryId && t.Slug == DemoData.Territory1Slug)).OrderBy(c => c.Id).Select(c => c.Id).Take(20).ToListAsync());
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var client = await ClientAsync(factory, DemoData.Coordinator1);
        const string board = "/territories/mulhouse/workspace/classify?all=true";
        await CountAsync(client, counter, board);

        // Unknown codes: every row is refused, so both posts read the same and write nothing.
        var one = await CountPostAsync(client, counter, board, [new($"Codes[{ids[0]}]", "Z01")]);
        var twenty = await CountPostAsync(client, counter, board, [.. ids.Select((id, i) => new KeyValuePair<string, string>($"Codes[{id}]", $"Z{i + 1:00}"))]);

        Assert.Equal(20, ids.Count);
        Assert.Equal(one, twenty);
    }

    private static async Task<int> CountPostAsync(HttpClient client, SqlCommandCounter counter, string url, List<KeyValuePair<string, string>> fields)
    {
        var token = Regex.Match(await client.GetStringAsync(url), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(token.Success, $"No antiforgery token on {url}");
        counter.Reset();
        using var response = await client.PostAsync(url, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))]));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return counter.Count;
    }

    private (WebApplicationFactory<Program> Factory, SqlCommandCounter Counter) CountingApplication()
    {
        var counter = new SqlCommandCounter();
        var factory = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteOpenSpiralDbContext>(o => o.AddInterceptors(counter));
            services.ConfigureDbContext<PostgresOpenSpiralDbContext>(o => o.AddInterceptors(counter));
        }));
        return (factory, counter);
    }

    private static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> factory, string? account)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (account is not null)
        {
            using var login = await client.PostAsJsonAsync("/api/v1/identity/login?useCookies=true", new { email = account, password = OpenSpiral.Web.Features.Demo.DemoOptions.Password });
            login.EnsureSuccessStatusCode();
        }

        return client;
    }

    private static async Task<int> CountAsync(HttpClient client, SqlCommandCounter counter, string url)
    {
        counter.Reset();
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return counter.Count;
    }

    private static async Task AddDataAsync(WebApplicationFactory<Program> factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var territory = await db.Territories.Include(t => t.Members).SingleAsync(t => t.Slug == DemoData.Territory1Slug);
        var now = DateTime.UtcNow;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 6; i++)
        {
            var user = new User { UserName = $"n1-{suffix}-{i}@test.local", Email = $"n1-{suffix}-{i}@test.local", NormalizedEmail = $"N1-{suffix}-{i}@TEST.LOCAL", NormalizedUserName = $"N1-{suffix}-{i}@TEST.LOCAL", DisplayName = $"N+1 {i}", SecurityStamp = Guid.NewGuid().ToString(), CreatedAt = now };
            db.Users.Add(user);
            var member = new TerritoryMember { UserId = user.Id, Role = TerritoryRole.Facilitator, StakeholderType = StakeholderType.School, JoinedAt = now };
            territory.Members.Add(member);
            db.Groups.Add(new HomogeneousGroup
            {
                Territory = territory, Name = $"N+1 group {suffix} {i}", Language = "fr", ParticipantCount = 9, CreatedAt = now, UpdatedAt = now,
                Meetings = [new GroupMeeting { Date = new DateOnly(2026, 1, 1 + i) }, new GroupMeeting { Date = new DateOnly(2026, 2, 1 + i) }],
                Facilitators = [new GroupFacilitator { Member = member }],
            });
            db.Territories.Add(new Territory { Name = $"N+1 territory {suffix} {i}", Slug = $"n1-{suffix}-{i}", Country = "FR", Languages = ["fr"], CreatedAt = now, Members = [new TerritoryMember { UserId = user.Id, Role = TerritoryRole.Coordinator, JoinedAt = now }] });
        }

        await db.SaveChangesAsync();
    }

    [GeneratedRegex(@"""Slug""\s*=\s*[@$:]")]
    private static partial Regex TerritoryBySlug();
}
