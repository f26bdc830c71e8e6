using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Performance;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Tests.Syntheses;

/// <summary>The drill-down pages send as many SQL statements for many groups and criteria as for a few (no N+1).</summary>
[Collection(ApplicationCollection.Name)]
public sealed class SynthesisCriteriaStatementsTests(OpenSpiralApplication app)
{
    private const int Budget = 10;

    [Fact]
    public async Task More_groups_and_criteria_add_no_statement_to_the_drill_down_and_the_report_with_words()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        var counter = new SqlCommandCounter();
        await using var factory = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteOpenSpiralDbContext>(o => o.AddInterceptors(counter));
            services.ConfigureDbContext<PostgresOpenSpiralDbContext>(o => o.AddInterceptors(counter));
        }));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using (var login = await client.PostAsJsonAsync("/api/v1/identity/login?useCookies=true", new { email = DemoData.Administrator, password = OpenSpiral.Web.Features.Demo.DemoOptions.Password }))
        {
            login.EnsureSuccessStatusCode();
        }

        string[] urls =
        [
            $"/territories/{data.Slug}/workspace/synthesis/criteria?family=A",
            $"/territories/{data.Slug}/workspace/synthesis/criteria?component=G07&question=Q2&groupId={data.ElderlyId}",
            $"/territories/{data.Slug}/workspace/synthesis/criteria?family=G&scope=network",
            $"/territories/{data.Slug}/workspace/synthesis/report?words=true",
            $"/api/v1/territories/{data.TerritoryId}/synthesis/criteria?family=A",
        ];
        foreach (var url in urls)
        {
            await CountAsync(client, counter, url); // Warm up: the grid is cached after the first request.
        }

        var before = new List<int>();
        foreach (var url in urls)
        {
            before.Add(await CountAsync(client, counter, url));
        }

        await AddGroupsAndCriteriaAsync(factory, data);
        var after = new List<int>();
        foreach (var url in urls)
        {
            after.Add(await CountAsync(client, counter, url));
        }

        Assert.All(before, count => Assert.InRange(count, 1, Budget));
        Assert.Equal(before, after);
    }

    private static async Task<int> CountAsync(HttpClient client, SqlCommandCounter counter, string url)
    {
        counter.Reset();
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return counter.Count;
    }

    private static async Task AddGroupsAndCriteriaAsync(WebApplicationFactory<Program> factory, SynthesisDataset data)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var components = await db.Components.Where(c => c.Code == "A03" || c.Code == "G07").Select(c => c.Id).ToListAsync();
        var now = DateTime.UtcNow;
        for (var i = 0; i < 6; i++)
        {
            var group = new HomogeneousGroup { TerritoryId = data.TerritoryId, Name = $"More {i}", Profile = "Young people", Language = "fr", ParticipantCount = 5, CreatedAt = now, UpdatedAt = now };
            db.Groups.Add(group);
            foreach (var component in components)
            {
                var criteria = Enumerable.Range(0, 4).Select(j => new Criterion
                {
                    TerritoryId = data.TerritoryId, Group = group, Text = $"More {i} {j}", Language = "en", Question = Question.Q2, ComponentId = component, CreatedAt = now, UpdatedAt = now,
                }).ToList();
                db.Criteria.AddRange(criteria);
                db.GroupStatements.Add(new GroupStatement { Group = group, Question = Question.Q2, Text = $"Statement {i}", Criteria = criteria, UpdatedAt = now });
            }
        }

        await db.SaveChangesAsync();
    }
}
