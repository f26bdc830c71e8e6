using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Groups;

[Collection(ApplicationCollection.Name)]
public sealed class GroupPagesTests(OpenSpiralApplication app)
{
    private const string NewGroupUrl = $"/territories/{DemoData.Territory1Slug}/workspace/groups/new?culture=fr";

    [Fact]
    public async Task A_facilitator_creates_a_group_from_the_form_and_finds_it_in_the_list()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var name = $"Parents du quartier {Guid.NewGuid():N}"[..40];

        using var response = await PageForm.PostAsync(client, NewGroupUrl, Fields(name, participants: "8", women: "5"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains(WebUtility.HtmlEncode(name), list, StringComparison.Ordinal);
        var stored = await app.QueryAsync(db => db.Groups.Include(g => g.Meetings).SingleAsync(g => g.Name == name));
        Assert.Equal(8, stored.ParticipantCount);
        Assert.Equal(5, stored.Counts.Women);
        Assert.Equal(new DateOnly(2026, 3, 14), Assert.Single(stored.Meetings).Date);
    }

    [Fact]
    public async Task Bad_input_on_the_form_shows_french_field_messages_and_saves_nothing()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var name = $"Trop nombreux {Guid.NewGuid():N}"[..30];
        var before = await app.QueryAsync(db => db.Groups.CountAsync());

        using var empty = await PageForm.PostAsync(client, NewGroupUrl, Fields(name: "", participants: "8", women: null));
        using var tooMany = await PageForm.PostAsync(client, NewGroupUrl, Fields(name, participants: "3", women: "5"));

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fr\">", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("Le champ Nom est obligatoire.", WebUtility.HtmlDecode(emptyHtml), StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", emptyHtml, StringComparison.Ordinal);
        var tooManyHtml = WebUtility.HtmlDecode(await tooMany.Content.ReadAsStringAsync());
        Assert.Contains("plus que les 3 participants", tooManyHtml, StringComparison.Ordinal);
        Assert.Contains($"value=\"{name}\"", tooManyHtml, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Groups.CountAsync()));
    }

    [Fact]
    public async Task Counts_above_the_participant_count_are_reported_next_to_the_band_that_went_over()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var fields = Fields($"Trop de monde {Guid.NewGuid():N}"[..30], participants: "6", women: "4");
        fields.Add(new("Input.Men", "3"));
        fields.Add(new("Input.Age18To29", "5"));
        fields.Add(new("Input.Age45To64", "2"));

        using var response = await PageForm.PostAsync(client, NewGroupUrl, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("id=\"Input_Men-error\"[^>]*>[^<]*plus que les 6 participants", html);
        Assert.Matches("id=\"Input_Age45To64-error\"[^>]*>[^<]*plus que les 6 participants", html);
        Assert.DoesNotContain("Input_Women-error", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Input_AgeUnder18-error", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_group_from_its_confirmation_page_removes_it_and_its_criteria()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var name = $"A supprimer {Guid.NewGuid():N}"[..28];
        using var created = await PageForm.PostAsync(client, NewGroupUrl, Fields(name, participants: "7", women: null));
        var groupId = await app.QueryAsync(db => db.Groups.Where(g => g.Name == name).Select(g => g.Id).SingleAsync());

        using var confirmation = await client.GetAsync($"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/delete");
        Assert.Contains("Yes, delete the group", await confirmation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.Groups.AnyAsync(g => g.Id == groupId)), "Showing the confirmation must not delete.");

        using var deleted = await PageForm.PostAsync(client, $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Groups.AnyAsync(g => g.Id == groupId)));
    }

    [Fact]
    public async Task A_group_of_another_territory_cannot_be_edited_through_this_territorys_address()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var otherGroup = await app.QueryAsync(db => db.Groups.Where(g => g.Territory!.Slug == DemoData.Territory2Slug).Select(g => g.Id).FirstAsync());

        using var response = await client.GetAsync($"/territories/{DemoData.Territory1Slug}/workspace/groups/{otherGroup}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task An_empty_or_unknown_value_is_reported_with_the_name_of_its_field()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var name = $"Sans nombre {Guid.NewGuid():N}"[..30];
        var fields = Fields(name, participants: "", women: null);
        fields[fields.FindIndex(f => f.Key == "Input.Kind")] = new("Input.Kind", "5");

        using var response = await PageForm.PostAsync(client, NewGroupUrl, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Une valeur est obligatoire pour Nombre de participants.", html, StringComparison.Ordinal);
        Assert.Contains("La valeur «\u00A05\u00A0» n'est pas valide pour Type de groupe.", html, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Groups.AnyAsync(g => g.Name == name)));
    }

    private static List<KeyValuePair<string, string>> Fields(string name, string participants, string? women)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Name", name),
            new("Input.Profile", "Parents seuls"),
            new("Input.Kind", "Homogeneous"),
            new("Input.ParticipantCount", participants),
            new("Input.Language", "fr"),
            new("Input.MeetingDates[0]", "2026-03-14"),
            new("Input.MeetingDates[1]", ""),
        };
        if (women is not null)
        {
            fields.Add(new("Input.Women", women));
        }

        return fields;
    }
}
