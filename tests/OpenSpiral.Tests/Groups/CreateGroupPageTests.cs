using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Groups;

[Collection(ApplicationCollection.Name)]
public sealed class CreateGroupPageTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task Creating_a_group_goes_on_to_typing_its_criteria_with_a_status_message()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var name = $"Jeunes de l'est {Guid.NewGuid():N}"[..30];

        using var response = await PageForm.PostAsync(client, $"/territories/{DemoData.Territory1Slug}/workspace/groups/new?culture=fr",
        [
            new("Input.Name", name),
            new("Input.Kind", "Homogeneous"),
            new("Input.ParticipantCount", "9"),
            new("Input.Language", "fr"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var groupId = await app.QueryAsync(db => db.Groups.Where(g => g.Name == name).Select(g => g.Id).SingleAsync());
        Assert.Equal($"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria", response.Headers.Location?.OriginalString);
        var next = WebUtility.HtmlDecode(await client.GetStringAsync($"{response.Headers.Location}?culture=fr"));
        Assert.Contains($"Le groupe {name} est créé. Saisissez ses critères ici.", next, StringComparison.Ordinal);
        Assert.Contains($"<h1>Critères de {name}</h1>", next, StringComparison.Ordinal);
    }
}
