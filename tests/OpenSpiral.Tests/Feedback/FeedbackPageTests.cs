using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Kiosk;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Tests.Feedback;

[Collection(ApplicationCollection.Name)]
public sealed class FeedbackPageTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_public_page_shows_the_approved_criteria_with_their_component_in_the_page_language_and_nothing_else()
    {
        var code = FeedbackCodes.New();
        var groupId = await KioskData.GroupAsync(app, DemoData.Territory1Slug, code);
        await AddCriteriaAsync(groupId);
        using var citizen = app.CreateAnonymousClient();

        var french = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/g/{code}?culture=fr"));
        var english = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/g/{code}?culture=en"));

        Assert.Contains("Un logement pas trop cher", french, StringComparison.Ordinal);
        Assert.Contains("A03 · Logement et équipement", french, StringComparison.Ordinal);
        Assert.Contains("A03 · Housing and furnishing", english, StringComparison.Ordinal);
        Assert.Contains("Se sentir utile", french, StringComparison.Ordinal);
        Assert.Contains("Pas encore classé", french, StringComparison.Ordinal);
        Assert.Contains("Not classified yet", english, StringComparison.Ordinal);
        Assert.Contains("Le groupe veut des logements dignes", french, StringComparison.Ordinal);
        Assert.Contains("18 avril 2026", french, StringComparison.Ordinal);
        foreach (var hidden in new[] { "Réponse en attente", "Réponse refusée", "Critère supprimé" })
        {
            Assert.DoesNotContain(hidden, french, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("facilitator@", french, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_group_s_statements_are_marked_in_the_group_s_language()
    {
        var code = FeedbackCodes.New();
        var groupId = await KioskData.GroupAsync(app, DemoData.Territory1Slug, code);
        await AddCriteriaAsync(groupId);
        using var citizen = app.CreateAnonymousClient();

        var html = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/g/{code}?culture=en"));

        Assert.Contains("<li lang=\"fr\">Le groupe veut des logements dignes</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_code_is_a_404()
    {
        using var citizen = app.CreateAnonymousClient();

        using var page = await citizen.GetAsync("/g/no-such-code");
        using var qr = await citizen.GetAsync("/g/no-such-code/qr.svg");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, qr.StatusCode));
    }

    [Fact]
    public async Task The_group_api_gives_the_absolute_feedback_url_and_makes_a_code_for_groups_without_one()
    {
        var code = FeedbackCodes.New();
        var withCode = await KioskData.GroupAsync(app, DemoData.Territory1Slug, code);
        var withoutCode = await KioskData.GroupAsync(app, DemoData.Territory1Slug);
        using var client = await app.CreateBearerClientAsync(DemoData.Facilitator1);

        var first = await client.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{withCode}");
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{withoutCode}");

        Assert.Equal($"http://localhost/g/{code}", first.GetProperty("feedbackUrl").GetString());
        var made = await app.QueryAsync(db => db.Groups.Where(g => g.Id == withoutCode).Select(g => g.FeedbackCode).SingleAsync());
        Assert.NotNull(made);
        Assert.Equal($"http://localhost/g/{made}", second.GetProperty("feedbackUrl").GetString());
        using var page = await app.CreateAnonymousClient().GetAsync(new Uri(second.GetProperty("feedbackUrl").GetString()!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task The_group_edit_page_shows_the_short_link_its_qr_code_and_a_poster()
    {
        var code = FeedbackCodes.New();
        var groupId = await KioskData.GroupAsync(app, DemoData.Territory1Slug, code);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        var edit = await coordinator.GetStringAsync($"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/edit?culture=en");
        var poster = await coordinator.GetStringAsync($"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/poster?culture=en");
        using var qr = await app.CreateAnonymousClient().GetAsync($"/g/{code}/qr.svg");

        Assert.Contains($"http://localhost/g/{code}", edit, StringComparison.Ordinal);
        Assert.Contains($"src=\"/g/{code}/qr.svg\"", edit, StringComparison.Ordinal);
        Assert.Contains($"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/poster", edit, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/g/{code}", poster, StringComparison.Ordinal);
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
    }

    private Task<int> AddCriteriaAsync(int groupId) => app.QueryAsync(async db =>
    {
        var group = await db.Groups.SingleAsync(g => g.Id == groupId);
        var a03 = await db.Components.Where(c => c.Code == "A03" && db.Families.Any(f => f.Id == c.FamilyId && db.GridVersions.Any(v => v.Id == f.GridVersionId && v.IsCurrent)))
            .Select(c => c.Id).SingleAsync();
        Criterion Make(string text, Question question, CriterionStatus status, int? component = null, DateTime? deletedAt = null) => new()
        {
            TerritoryId = group.TerritoryId, GroupId = groupId, Text = text, Language = "fr", Question = question, Status = status, ComponentId = component, DeletedAt = deletedAt,
        };
        var housing = Make("Un logement pas trop cher", Question.Q1, CriterionStatus.Approved, a03);
        db.Criteria.AddRange(
            housing,
            Make("Se sentir utile", Question.Q3, CriterionStatus.Approved),
            Make("Réponse en attente", Question.Q1, CriterionStatus.Pending),
            Make("Réponse refusée", Question.Q2, CriterionStatus.Rejected),
            Make("Critère supprimé", Question.Q2, CriterionStatus.Approved, deletedAt: DateTime.UtcNow));
        db.GroupStatements.Add(new GroupStatement { GroupId = groupId, Question = Question.Q1, Text = "Le groupe veut des logements dignes", Criteria = [housing] });
        await db.SaveChangesAsync();
        return 0;
    });
}
