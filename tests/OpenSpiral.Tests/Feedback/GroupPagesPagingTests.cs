using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Tests.Feedback;

/// <summary>
/// A group's criteria are drawn a page at a time, on its public page and on its session page: 450
/// criteria make three pages; past the last one the page is empty, below 1 it is the first.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class GroupPagesPagingTests(OpenSpiralApplication app)
{
    private const int Count = 450;

    [Fact]
    public async Task The_public_group_page_shows_200_criteria_a_page()
    {
        var (_, code) = await GroupWithCriteriaAsync();
        using var client = app.CreateAnonymousClient();
        var url = $"/g/{code}?culture=en";

        var pages = new List<string>();
        foreach (var p in new[] { "1", "2", "3", "4", "10737420", "0" })
        {
            pages.Add(System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"{url}&p={p}")));
        }

        Assert.Equal([200, 200, 50, 0, 0, 200], pages.Select(Ideas));
        Assert.Contains("Idée 001<", pages[0], StringComparison.Ordinal);
        Assert.Contains("Idée 450<", pages[2], StringComparison.Ordinal);
        Assert.Contains("Page 1 of 3", pages[0], StringComparison.Ordinal);
        Assert.Contains($"href=\"/g/{code}?p=2\" rel=\"next\"", pages[0], StringComparison.Ordinal);
        Assert.Contains("Page 4 is past the end of the list: the last page is page 3.", pages[3], StringComparison.Ordinal);
        Assert.DoesNotContain("Page 4 of 3", pages[3], StringComparison.Ordinal);
        Assert.Contains($"href=\"/g/{code}?p=3\" rel=\"prev\">Last page<", pages[4], StringComparison.Ordinal);
        Assert.All(pages, page => Assert.Contains("<dd>450</dd>", page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_group_session_page_shows_200_criteria_a_page_and_keeps_its_page_after_a_change()
    {
        var (groupId, _) = await GroupWithCriteriaAsync();
        await app.QueryAsync(async db =>
        {
            var q1 = await db.Criteria.FirstAsync(c => c.GroupId == groupId);
            db.Criteria.Add(new Criterion { TerritoryId = q1.TerritoryId, GroupId = groupId, Question = Question.Q2, Language = "fr", Text = "Idée Q2", CreatedAt = q1.CreatedAt, UpdatedAt = q1.UpdatedAt });
            return await db.SaveChangesAsync();
        });
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria";

        var pages = new List<string>();
        foreach (var p in new[] { "1", "2", "3", "4", "10737420", "-1" })
        {
            pages.Add(await client.GetStringAsync($"{url}?culture=en&p={p}"));
        }

        using var deleted = await Support.PageForm.PostAsync(client, url + "?p=3", [new("question", "Q1"), new("action", "delete"), new("p", "3"),
            new("ids", (await app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId && c.Question == Question.Q1).OrderBy(c => c.Id).Select(c => c.Id).LastAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture))], action: url + "?handler=Bulk");

        Assert.Equal([200, 200, 51, 0, 0, 200], pages.Select(Checkboxes));
        Assert.Contains("200 of the 450 criteria, on this page", pages[0], StringComparison.Ordinal);
        Assert.Contains("One criterion for this question, on another page.", pages[0], StringComparison.Ordinal);
        Assert.Contains("Page 2 of 3", pages[1], StringComparison.Ordinal);
        Assert.Contains("Page 10737420 is past the end of the list: the last page is page 3.", pages[4], StringComparison.Ordinal);
        Assert.Equal($"{url}?p=3#q-Q1", deleted.Headers.Location?.OriginalString);
    }

    private static int Ideas(string html) => Regex.Count(html, "<span class=\"classified\">");

    private static int Checkboxes(string html) => Regex.Count(html, "name=\"ids\" value=");

    private Task<(int GroupId, string Code)> GroupWithCriteriaAsync() =>
        app.QueryAsync(async db =>
        {
            var territory = await db.Territories.SingleAsync(t => t.Slug == DemoData.Territory1Slug);
            var now = DateTime.UtcNow;
            var group = new HomogeneousGroup { TerritoryId = territory.Id, Name = $"Paging {Guid.NewGuid():N}", Language = "fr", ParticipantCount = 8, FeedbackCode = FeedbackCodes.New(), CreatedAt = now, UpdatedAt = now };
            db.Groups.Add(group);
            await db.SaveChangesAsync();
            db.Criteria.AddRange(Enumerable.Range(1, Count).Select(i => new Criterion
            {
                TerritoryId = territory.Id, GroupId = group.Id, Question = Question.Q1, Language = "fr", Text = $"Idée {i:D3}", CreatedAt = now, UpdatedAt = now,
            }));
            await db.SaveChangesAsync();
            return (group.Id, group.FeedbackCode!);
        });
}
