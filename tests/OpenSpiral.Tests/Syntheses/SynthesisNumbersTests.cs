using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Syntheses;

namespace OpenSpiral.Tests.Syntheses;

/// <summary>The synthesis service counts exactly the approved, non-deleted criteria of a known territory.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class SynthesisNumbersTests(OpenSpiralApplication app)
{
    private async Task<Synthesis> SynthesizeAsync(SynthesisScope scope, string language = "en", bool countGroups = true)
    {
        await using var services = app.Services.CreateAsyncScope();
        return await services.ServiceProvider.GetRequiredService<SynthesisService>().SynthesizeAsync(scope, language, countGroups);
    }

    private static string Describe(ComponentLine c) => $"{c.Code} {c.Counts.Q1}/{c.Counts.Q2}/{c.Counts.Q3}/{c.Counts.Q4}={c.Counts.Total} in {c.Groups} groups";

    [Fact]
    public async Task A_territory_synthesis_counts_each_component_per_question_ranked_by_frequency_then_groups()
    {
        var data = await SynthesisDataset.CreateAsync(app);

        var synthesis = await SynthesizeAsync(SynthesisScope.Territory(data.TerritoryId));

        Assert.Equal(19, synthesis.Total);
        Assert.Equal(17, synthesis.Classified);
        Assert.Equal((1, 1, 0, 0), (synthesis.Unclassified.Q1, synthesis.Unclassified.Q2, synthesis.Unclassified.Q3, synthesis.Unclassified.Q4));
        Assert.Equal(
            ["A03 4/2/0/1=7 in 2 groups", "G07 0/5/0/0=5 in 2 groups", "D04 2/0/0/0=2 in 2 groups", "H04 0/0/2/0=2 in 1 groups", "B01 0/1/0/0=1 in 1 groups"],
            synthesis.Components.Select(Describe));
    }

    [Fact]
    public async Task Families_add_up_their_components_and_are_named_in_the_interface_language()
    {
        var data = await SynthesisDataset.CreateAsync(app);

        var english = await SynthesizeAsync(SynthesisScope.Territory(data.TerritoryId), "en");
        var french = await SynthesizeAsync(SynthesisScope.Territory(data.TerritoryId), "fr");

        var totals = english.Families.Where(f => f.Counts.Total > 0).ToDictionary(f => f.Code, f => f.Counts.Total);
        Assert.Equal(new Dictionary<string, int> { ["A"] = 7, ["B"] = 1, ["D"] = 2, ["G"] = 5, ["H"] = 2 }, totals);
        Assert.Equal("Housing and furnishing", english.Components.Single(c => c.Code == "A03").Name);
        Assert.Equal("Access to essential resources", english.Families.Single(f => f.Code == "A").Name);
        var frenchFamily = french.Families.Single(f => f.Code == "A").Name;
        Assert.NotEqual("Access to essential resources", frenchFamily);
        Assert.Equal(await app.QueryAsync(db => db.Set<OpenSpiral.Web.Features.Grid.FamilyText>().Where(t => t.Language == "fr" && db.Families.Any(f => f.Id == t.FamilyId && f.Code == "A" && db.GridVersions.Any(v => v.Id == f.GridVersionId && v.IsCurrent))).Select(t => t.Name).SingleAsync()), frenchFamily);
    }

    [Fact]
    public async Task Filtering_by_group_keeps_only_what_that_group_said()
    {
        var data = await SynthesisDataset.CreateAsync(app);

        var elderly = await SynthesizeAsync(SynthesisScope.Territory(data.TerritoryId, groupId: data.ElderlyId));

        Assert.Equal(7, elderly.Total);
        Assert.Equal(1, elderly.Unclassified.Q2);
        Assert.Equal(["G07 0/4/0/0=4 in 1 groups", "A03 1/0/0/1=2 in 1 groups"], elderly.Components.Select(Describe));
    }

    [Fact]
    public async Task Filtering_by_profile_keeps_only_the_groups_of_that_profile()
    {
        var data = await SynthesisDataset.CreateAsync(app);

        var young = await SynthesizeAsync(SynthesisScope.Territory(data.TerritoryId, profile: "Young people"));
        var nobody = await SynthesizeAsync(SynthesisScope.Territory(data.TerritoryId, profile: "Astronauts"));

        Assert.Equal(10, young.Total);
        Assert.Equal(["A03 3/2/0/0=5 in 1 groups", "H04 0/0/2/0=2 in 1 groups", "B01 0/1/0/0=1 in 1 groups", "D04 1/0/0/0=1 in 1 groups"], young.Components.Select(Describe));
        Assert.Equal(0, nobody.Total);
        Assert.Empty(nobody.Components);
    }

    [Fact]
    public async Task Pending_rejected_and_deleted_criteria_never_count()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        var all = await app.QueryAsync(db => db.Criteria.IgnoreQueryFilters().CountAsync(c => c.TerritoryId == data.TerritoryId));

        var synthesis = await SynthesizeAsync(SynthesisScope.Territory(data.TerritoryId));

        Assert.Equal(29, all);
        Assert.Equal(19, synthesis.Total);
    }

    [Fact]
    public async Task The_network_counts_the_approved_criteria_of_every_territory_that_shares_and_no_other()
    {
        var hidden = await SynthesisDataset.CreateAsync(app, sharesWithNetwork: false);

        var network = await SynthesizeAsync(SynthesisScope.Network, countGroups: false);

        // Counted again here the slow way: every approved criterion of a sharing territory, loaded.
        var expected = await app.QueryAsync(db => db.Criteria.Where(c => c.Status == CriterionStatus.Approved && db.Territories.Any(t => t.Id == c.TerritoryId && t.SharesCriteriaWithNetwork))
            .Select(c => new { Family = c.Component == null ? null : c.Component.Family!.Code }).ToListAsync());
        Assert.Equal(expected.Count, network.Total);
        Assert.Equal(expected.Count(c => c.Family is null), network.Unclassified.Total);
        Assert.Equal(
            expected.Where(c => c.Family is not null).GroupBy(c => c.Family!).ToDictionary(g => g.Key, g => g.Count()),
            network.Families.Where(f => f.Counts.Total > 0).ToDictionary(f => f.Code, f => f.Counts.Total));
        var approved = await app.QueryAsync(db => db.Criteria.CountAsync(c => c.Status == CriterionStatus.Approved));
        var notShared = await app.QueryAsync(db => db.Criteria.CountAsync(c => c.Status == CriterionStatus.Approved && db.Territories.Any(t => t.Id == c.TerritoryId && !t.SharesCriteriaWithNetwork)));
        Assert.InRange(notShared, 19, int.MaxValue);
        Assert.Equal(approved - notShared, network.Total);
        Assert.Equal(19, await app.QueryAsync(db => db.Criteria.CountAsync(c => c.TerritoryId == hidden.TerritoryId && c.Status == CriterionStatus.Approved)));
    }

    [Fact]
    public async Task The_network_comparison_gives_each_family_its_share_of_classified_criteria()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        var ours = await SynthesizeAsync(SynthesisScope.Territory(data.TerritoryId));
        var network = await SynthesizeAsync(SynthesisScope.Network);

        var table = SynthesisFigures.Network(ours, network, "Here", app.Services.GetRequiredService<IStringLocalizer<SharedResource>>()).Table;

        var a = table.Rows.Single(r => ((string)r[0]!).StartsWith("A ", StringComparison.Ordinal));
        Assert.Equal(7, a[1]);
        Assert.Equal(new Share(41.2m), a[2]);
        var networkA = network.Families.Single(f => f.Code == "A").Counts.Total;
        Assert.Equal(networkA, a[3]);
        Assert.Equal(Share.Of(networkA, network.Classified), a[4]);
        Assert.Equal(100m, table.Rows.Sum(r => ((Share)r[2]!).Percent), precision: 0);
    }
}
