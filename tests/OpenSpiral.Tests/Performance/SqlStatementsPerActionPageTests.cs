using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Actions;

namespace OpenSpiral.Tests.Performance;

public sealed partial class SqlStatementsPerPageTests
{
    private static readonly string[] Carriers = ["Comune", "Pro loco"];
    private static readonly string[] ActionComponents = ["A03", "B04"];

    [Fact]
    public async Task More_actions_carriers_resources_and_documents_add_no_statement_to_the_action_pages()
    {
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var pages = await ClientAsync(factory, DemoData.Coordinator2);
        using var api = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var login = await api.PostAsJsonAsync("/api/v1/identity/login", new { email = DemoData.Coordinator2, password = OpenSpiral.Web.Features.Demo.DemoOptions.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        int territoryId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            territoryId = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>().Territories.Single(t => t.Slug == DemoData.Territory2Slug).Id;
        }

        var id = await GrowActionsAsync(api, factory, territoryId);
        var slug = DemoData.Territory2Slug;
        string[] urls =
        [
            $"/territories/{slug}/workspace/actions", $"/territories/{slug}/workspace/actions/{id}", $"/territories/{slug}/workspace/actions/resources",
            $"/territories/{slug}/actions/{id}", $"/territories/{slug}",
        ];
        foreach (var url in urls)
        {
            await CountAsync(pages, counter, url);
        }

        var before = new List<int>();
        foreach (var url in urls)
        {
            before.Add(await CountAsync(pages, counter, url));
        }

        await GrowActionsAsync(api, factory, territoryId, into: id);
        await GrowActionsAsync(api, factory, territoryId);
        await GrowActionsAsync(api, factory, territoryId);
        var after = new List<int>();
        foreach (var url in urls)
        {
            after.Add(await CountAsync(pages, counter, url));
        }

        Assert.Equal(before, after);
        Assert.All(after, count => Assert.InRange(count, 1, Budget));
    }

    // A published action with carriers, components, a resource it uses and a link (or one more of each on an existing action).
    private static async Task<int> GrowActionsAsync(HttpClient api, Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, int territoryId, int? into = null)
    {
        var id = into;
        if (id is null)
        {
            using var created = await api.PostAsJsonAsync($"/api/v1/territories/{territoryId}/actions", new
            {
                title = $"Azione {Guid.NewGuid():N}",
                published = true,
                components = ActionComponents,
                carriers = Carriers.Select(name => new { name }),
                partners = Carriers.Select(name => new { name }),
            });
            id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        }

        using var resource = await api.PostAsJsonAsync($"/api/v1/territories/{territoryId}/resources", new { kind = "place", description = "Sala", offeredBy = "Comune", actionIds = new[] { id.Value } });
        resource.EnsureSuccessStatusCode();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        db.ActionDocuments.Add(new ActionDocument { ActionId = id.Value, Title = "Sito", Url = "https://example.org/", CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return id.Value;
    }
}
