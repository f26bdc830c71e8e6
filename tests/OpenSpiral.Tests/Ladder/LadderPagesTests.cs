using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Ladder;

namespace OpenSpiral.Tests.Ladder;

[Collection(ApplicationCollection.Name)]
public sealed class LadderPagesTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_rate_form_refuses_rung_7_without_high_facets_in_french_and_keeps_what_was_typed()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var actionId = await LadderData.AddActionAsync(app, DemoData.Territory1Slug, "Page rung 7");
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/ladder/rate?actionId={actionId}&culture=fr";

        using var response = await PageForm.PostAsync(client, url,
            [new("actionId", $"{actionId}"), new("Input.Rung", "7"), new("Input.CoGovernance", "7"), new("Input.CoProduction", "4"), new("Input.CoManagement", "7"), new("Input.Justification", "Tout est partagé")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("L'échelon 7, la coresponsabilité pleine, demande une cogouvernance, une coproduction et une cogestion toutes à 6 ou plus.", html, StringComparison.Ordinal);
        Assert.Contains("Tout est partagé</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"rung-7\" name=\"Input.Rung\" value=\"7\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.LadderRatings.CountAsync(r => r.ActionId == actionId)));
    }

    [Fact]
    public async Task A_rating_recorded_on_the_page_is_dated_today_and_listed_in_the_history()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var actionId = await LadderData.AddActionAsync(app, DemoData.Territory1Slug, "Page recorded");
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/ladder/rate?actionId={actionId}";

        using var response = await PageForm.PostAsync(client, url,
            [new("actionId", $"{actionId}"), new("Input.Rung", "3"), new("Input.CoGovernance", "2"), new("Input.CoProduction", "3"), new("Input.CoManagement", "1"),
             new("Input.Justification", "A convention with the partners"), new("Input.RatedOn", DateTime.UtcNow.ToString("yyyy-MM-dd")), new("Input.Cycle", "1")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/territories/{DemoData.Territory1Slug}/workspace/ladder", response.Headers.Location?.OriginalString);
        var rating = await app.QueryAsync(db => db.LadderRatings.SingleAsync(r => r.ActionId == actionId));
        Assert.Equal((3, 2, 3, 1, 1, DateOnly.FromDateTime(DateTime.UtcNow)), (rating.Rung, rating.CoGovernance, rating.CoProduction, rating.CoManagement, rating.Cycle, rating.RatedOn));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/territories/{DemoData.Territory1Slug}/workspace/ladder"));
        Assert.Contains("A convention with the partners", page, StringComparison.Ordinal);
        Assert.Contains($"/territories/{DemoData.Territory1Slug}/workspace/ladder/ratings/{rating.Id}/delete", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rating_is_deleted_only_after_its_confirmation_page()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var actionId = await LadderData.AddActionAsync(app, DemoData.Territory1Slug, "Page delete");
        var ratingId = await app.QueryAsync(async db =>
        {
            var rating = new LadderRating { TerritoryId = await db.Actions.Where(a => a.Id == actionId).Select(a => a.TerritoryId).SingleAsync(), ActionId = actionId, Rung = 2, Justification = "Mistake", RatedOn = new DateOnly(2026, 1, 5) };
            db.LadderRatings.Add(rating);
            await db.SaveChangesAsync();
            return rating.Id;
        });
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/ladder/ratings/{ratingId}/delete";

        var confirmation = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        Assert.Contains("Delete the rating of Page delete on 5 January 2026: rung 2, cycle 1? Ratings are the ladder's history: delete only a mistaken one. This cannot be undone.", confirmation, StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.LadderRatings.CountAsync(r => r.Id == ratingId)));

        using var deleted = await PageForm.PostAsync(client, url, []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.LadderRatings.CountAsync(r => r.Id == ratingId)));
    }

    [Fact]
    public async Task The_chart_table_exports_as_exact_csv_with_the_latest_and_previous_rung_of_each_action()
    {
        const string slug = "ladder-export";
        var territoryId = await FreshTerritory.AddAsync(app, slug);
        var moved = await LadderData.AddActionAsync(app, slug, "Parents' café");
        var once = await LadderData.AddActionAsync(app, slug, "Evening shuttles");
        await LadderData.AddActionAsync(app, slug, "Never rated");
        await app.QueryAsync(async db =>
        {
            db.LadderRatings.AddRange(
                new LadderRating { TerritoryId = territoryId, ActionId = moved, Cycle = 1, RatedOn = new DateOnly(2025, 6, 20), Rung = 2, Justification = "a" },
                new LadderRating { TerritoryId = territoryId, ActionId = moved, Cycle = 2, RatedOn = new DateOnly(2026, 6, 18), Rung = 5, Justification = "b" },
                new LadderRating { TerritoryId = territoryId, ActionId = moved, Cycle = 1, RatedOn = new DateOnly(2025, 1, 10), Rung = 1, Justification = "c" },
                new LadderRating { TerritoryId = territoryId, ActionId = once, Cycle = 2, RatedOn = new DateOnly(2026, 6, 18), Rung = 3, Justification = "d" });
            return await db.SaveChangesAsync();
        });
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/territories/{slug}/workspace/ladder/export?format=csv&separator=comma");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{slug}-ladder.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            "Action,Ratings,Previous rung,Previous rating,Latest rung,Latest rating,Cycle,Change\r\n" +
            "Evening shuttles,1,,,3,2026-06-18,2,\r\n" +
            "Parents' café,3,2,2025-06-20,5,2026-06-18,2,3\r\n",
            Encoding.UTF8.GetString(bytes[3..]));

        using var xlsx = await admin.GetAsync($"/territories/{slug}/workspace/ladder/export?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/territories/{slug}/workspace/ladder"));
        Assert.Contains("data-chart=\"ladder-chart-data\"", page, StringComparison.Ordinal);
        Assert.Contains("<caption>Where the actions of Territory ladder-export stand on the ladder</caption>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrators_french_wording_of_a_rung_shows_in_french_only_and_can_be_reset()
    {
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        using var anonymous = app.CreateAnonymousClient();
        var fields = new List<KeyValuePair<string, string>> { new("Language", "fr") };
        var french = await anonymous.GetStringAsync("/api/v1/ladder/rungs?lang=fr");
        var current = System.Text.Json.JsonDocument.Parse(french).RootElement.GetProperty("rungs").EnumerateArray().ToList();
        for (var rung = 0; rung < 8; rung++)
        {
            fields.Add(new($"Rungs[{rung}].Label", rung == 3 ? "Engagement signé" : current[rung].GetProperty("label").GetString()!));
            fields.Add(new($"Rungs[{rung}].Description", rung == 3 ? "Une convention écrite lie les partenaires." : current[rung].GetProperty("description").GetString()!));
        }

        try
        {
            using var saved = await PageForm.PostAsync(admin, "/admin/ladder", fields, "/admin/ladder?handler=Save");

            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var fr = System.Text.Json.JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/ladder/rungs?lang=fr")).RootElement.GetProperty("rungs");
            var en = System.Text.Json.JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/ladder/rungs?lang=en")).RootElement.GetProperty("rungs");
            Assert.Equal(("Engagement signé", "Une convention écrite lie les partenaires.", true), (fr[3].GetProperty("label").GetString(), fr[3].GetProperty("description").GetString(), fr[3].GetProperty("custom").GetBoolean()));
            Assert.Equal(("Formal engagement", false), (en[3].GetProperty("label").GetString(), en[3].GetProperty("custom").GetBoolean()));
            Assert.Equal(("Partenariat apparent", false), (fr[2].GetProperty("label").GetString(), fr[2].GetProperty("custom").GetBoolean()));
            Assert.Equal(["fr:3"], await app.QueryAsync(db => db.LadderRungLabels.Select(l => l.Language + ":" + l.Rung).ToListAsync()));
            var rate = WebUtility.HtmlDecode(await admin.GetStringAsync($"/territories/{DemoData.Territory1Slug}/workspace/ladder?culture=fr"));
            Assert.Contains("Échelle de coresponsabilité", rate, StringComparison.Ordinal);
        }
        finally
        {
            using var reset = await PageForm.PostAsync(admin, "/admin/ladder", [new("Language", "fr")], "/admin/ladder?handler=Reset");
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        }

        Assert.Equal(0, await app.QueryAsync(db => db.LadderRungLabels.CountAsync()));
        var back = System.Text.Json.JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/ladder/rungs?lang=fr")).RootElement.GetProperty("rungs");
        Assert.Equal("Engagement formel", back[3].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Only_network_administrators_open_the_rung_labels_page()
    {
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        using var page = await coordinator.GetAsync("/admin/ladder");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/access-denied", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
