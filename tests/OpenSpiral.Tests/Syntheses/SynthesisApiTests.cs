using System.Net;

namespace OpenSpiral.Tests.Syntheses;

[Collection(ApplicationCollection.Name)]
public sealed class SynthesisApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_synthesis_answers_exactly_total_unclassified_and_components_ranked_by_total()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        var json = await admin.GetStringAsync($"/api/v1/territories/{data.TerritoryId}/synthesis");

        Assert.Equal(
            """{"total":19,"unclassified":2,"components":[""" +
            """{"code":"A03","family":"A","total":7,"counts":{"Q1":4,"Q2":2,"Q3":0,"Q4":1}},""" +
            """{"code":"G07","family":"G","total":5,"counts":{"Q1":0,"Q2":5,"Q3":0,"Q4":0}},""" +
            """{"code":"D04","family":"D","total":2,"counts":{"Q1":2,"Q2":0,"Q3":0,"Q4":0}},""" +
            """{"code":"H04","family":"H","total":2,"counts":{"Q1":0,"Q2":0,"Q3":2,"Q4":0}},""" +
            """{"code":"B01","family":"B","total":1,"counts":{"Q1":0,"Q2":1,"Q3":0,"Q4":0}}]}""",
            json);
    }

    [Fact]
    public async Task The_synthesis_filters_by_group_and_by_profile()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        var mothers = await admin.GetStringAsync($"/api/v1/territories/{data.TerritoryId}/synthesis?groupId={data.MothersId}");
        var elderly = await admin.GetStringAsync($"/api/v1/territories/{data.TerritoryId}/synthesis?profile=Elderly%20people");

        Assert.Equal(
            """{"total":2,"unclassified":0,"components":[{"code":"D04","family":"D","total":1,"counts":{"Q1":1,"Q2":0,"Q3":0,"Q4":0}},{"code":"G07","family":"G","total":1,"counts":{"Q1":0,"Q2":1,"Q3":0,"Q4":0}}]}""",
            mothers);
        Assert.StartsWith("""{"total":7,"unclassified":1,"components":[{"code":"G07","family":"G","total":4,""", elderly, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_of_another_territory_is_refused_as_a_validation_problem()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        var other = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/api/v1/territories/{data.TerritoryId}/synthesis?groupId={other.YoungId}");

        await Problems.AssertValidationProblemAsync(response, "groupId");
    }

    [Fact]
    public async Task Another_territory_s_coordinator_gets_403_and_an_anonymous_caller_401()
    {
        var mulhouse = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var otherCoordinator = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        using var facilitator = await app.CreateBearerClientAsync(DemoData.Facilitator1);
        using var anonymous = app.CreateAnonymousClient();

        using var refused = await otherCoordinator.GetAsync($"/api/v1/territories/{mulhouse}/synthesis");
        using var unknown = await anonymous.GetAsync($"/api/v1/territories/{mulhouse}/synthesis");
        using var allowed = await facilitator.GetAsync($"/api/v1/territories/{mulhouse}/synthesis");

        await Problems.AssertProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task An_unknown_territory_is_404_for_an_administrator()
    {
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync("/api/v1/territories/999999/synthesis");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
