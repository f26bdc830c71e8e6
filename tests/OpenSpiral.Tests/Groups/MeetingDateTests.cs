using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Groups;

/// <summary>An implausible meeting date is questioned: before 2000 it is refused, more than a year ahead it needs a confirmation.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class MeetingDateTests(OpenSpiralApplication app)
{
    private const string NewGroupUrl = $"/territories/{DemoData.Territory1Slug}/workspace/groups/new?culture=fr";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string English(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en"));

    [Fact]
    public async Task The_api_refuses_the_last_day_of_1999_with_a_message_in_the_request_s_language()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var group = new GroupBuilder().MeetingOn("2026-03-12", "1999-12-31");

        using var english = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/groups", group.Build());
        using var french = await SendInFrenchAsync(client, HttpMethod.Post, $"/api/v1/territories/{territoryId}/groups", group.Build());

        var englishBody = await Problems.AssertValidationProblemAsync(english, "meetingDates");
        Assert.Equal(["The meeting date 31 December 1999 is before 2000: please check it."], Messages(englishBody, "meetingDates"));
        var frenchBody = await Problems.AssertValidationProblemAsync(french, "meetingDates");
        Assert.Equal(["La date de rencontre du 31 décembre 1999 est antérieure à 2000\u00A0: vérifiez-la."], Messages(frenchBody, "meetingDates"));
        Assert.False(await app.QueryAsync(db => db.Groups.AnyAsync(g => g.Name == group.Name)));
    }

    [Fact]
    public async Task The_api_accepts_the_first_day_of_2000_and_a_date_exactly_a_year_ahead()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var inAYear = Iso(Today.AddYears(1));

        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/groups", new GroupBuilder().MeetingOn("2000-01-01", inAYear).Build());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["2000-01-01", inAYear], body.GetProperty("meetingDates").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task The_api_takes_a_date_more_than_a_year_ahead_only_with_the_confirmation_flag()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var distant = Today.AddYears(1).AddDays(1);
        var group = new GroupBuilder().MeetingOn("2026-03-12", Iso(distant));

        using var unconfirmed = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/groups", group.Build());
        using var confirmed = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/groups", group.ConfirmingDistantDates().Build());

        var problem = await Problems.AssertValidationProblemAsync(unconfirmed, "confirmDistantMeetingDates");
        Assert.Equal([$"The meeting date {English(distant)} is more than a year ahead: please check it, then confirm that it is right."], Messages(problem, "confirmDistantMeetingDates"));
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        var stored = await app.QueryAsync(db => db.Groups.Where(g => g.Name == group.Name).Select(g => g.Meetings.OrderBy(m => m.Date).Select(m => m.Date).ToList()).SingleAsync());
        Assert.Equal([new DateOnly(2026, 3, 12), distant], stored);
    }

    [Fact]
    public async Task A_distant_date_confirmed_once_is_not_questioned_again_but_a_new_one_is()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var distant = Today.AddYears(2);
        var group = new GroupBuilder().MeetingOn(Iso(distant));
        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/groups", group.ConfirmingDistantDates().Build());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var same = await client.PutAsJsonAsync(created.Headers.Location, new GroupBuilder().Named(group.Name).MeetingOn(Iso(distant)).Build());
        using var another = await client.PutAsJsonAsync(created.Headers.Location, new GroupBuilder().Named(group.Name).MeetingOn(Iso(distant), Iso(distant.AddDays(7))).Build());

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        var problem = await Problems.AssertValidationProblemAsync(another, "confirmDistantMeetingDates");
        Assert.Equal([$"The meeting date {English(distant.AddDays(7))} is more than a year ahead: please check it, then confirm that it is right."], Messages(problem, "confirmDistantMeetingDates"));
    }

    [Fact]
    public async Task The_form_refuses_the_last_day_of_1999_next_to_the_dates_and_saves_nothing()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var name = $"Date 1999 {Guid.NewGuid():N}"[..30];

        using var response = await PageForm.PostAsync(client, NewGroupUrl, Fields(name, "1999-12-31"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<span id=\"Input_MeetingDates-error\" class=\"field-error\">La date de rencontre du 31 décembre 1999 est antérieure à 2000\u00A0: vérifiez-la.</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Oui, cette date est juste", html, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Groups.AnyAsync(g => g.Name == name)));
    }

    [Fact]
    public async Task The_form_accepts_the_first_day_of_2000()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var name = $"Date 2000 {Guid.NewGuid():N}"[..30];

        using var response = await PageForm.PostAsync(client, NewGroupUrl, Fields(name, "2000-01-01"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var dates = await app.QueryAsync(db => db.Groups.Where(g => g.Name == name).Select(g => g.Meetings.Select(m => m.Date).ToList()).SingleAsync());
        Assert.Equal([new DateOnly(2000, 1, 1)], dates);
    }

    [Fact]
    public async Task The_form_asks_to_confirm_a_date_more_than_a_year_ahead_and_saves_it_once_confirmed()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var name = $"Date lointaine {Guid.NewGuid():N}"[..30];
        var distant = Today.AddYears(3);
        var french = distant.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr"));

        using var questioned = await PageForm.PostAsync(client, NewGroupUrl, Fields(name, Iso(distant)));
        var confirmation = Fields(name, Iso(distant));
        confirmation.Add(new("Input.ConfirmDistantMeetingDates", "true"));
        using var confirmed = await PageForm.PostAsync(client, NewGroupUrl, confirmation);

        Assert.Equal(HttpStatusCode.OK, questioned.StatusCode);
        var html = WebUtility.HtmlDecode(await questioned.Content.ReadAsStringAsync());
        Assert.Contains($"<span id=\"Input_ConfirmDistantMeetingDates-error\" class=\"field-error\">La date de rencontre du {french} est à plus d'un an\u00A0: vérifiez-la, puis confirmez qu'elle est juste.</span>", html, StringComparison.Ordinal);
        Assert.Matches("<label class=\"checkbox\"><input [^>]*type=\"checkbox\"[^>]*name=\"Input.ConfirmDistantMeetingDates\"[^>]*> Oui, cette date est juste</label>", html);
        Assert.Contains($"value=\"{Iso(distant)}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var dates = await app.QueryAsync(db => db.Groups.Where(g => g.Name == name).Select(g => g.Meetings.Select(m => m.Date).ToList()).SingleAsync());
        Assert.Equal([distant], dates);
    }

    [Fact]
    public async Task The_form_shows_no_confirmation_box_for_ordinary_dates()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(NewGroupUrl));

        Assert.DoesNotContain("Input.ConfirmDistantMeetingDates", html, StringComparison.Ordinal);
    }

    private static string[] Messages(JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()!)];

    private static async Task<HttpResponseMessage> SendInFrenchAsync(HttpClient client, HttpMethod method, string url, object body)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd("fr");
        return await client.SendAsync(request);
    }

    private static List<KeyValuePair<string, string>> Fields(string name, string date) =>
    [
        new("Input.Name", name),
        new("Input.Kind", "Homogeneous"),
        new("Input.ParticipantCount", "8"),
        new("Input.Language", "fr"),
        new("Input.MeetingDates[0]", date),
        new("Input.MeetingDates[1]", ""),
    ];
}
