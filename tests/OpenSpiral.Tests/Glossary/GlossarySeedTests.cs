using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Glossary;

namespace OpenSpiral.Tests.Glossary;

public sealed class GlossarySeedTests
{
    [Fact]
    public void The_shipped_glossary_has_at_least_fifteen_terms_each_in_English_and_French()
    {
        var seed = GlossarySeed.Load();

        Assert.True(seed.Terms.Count >= 15, $"{seed.Terms.Count} terms");
        Assert.Equal(seed.Terms.Count, seed.Terms.Select(t => t.Key).Distinct().Count());
        Assert.All(seed.Terms, t =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", t.Key);
            Assert.Equal(["en", "fr"], t.Entries.Keys.Order(StringComparer.Ordinal));
            Assert.All(t.Entries.Values, e => Assert.False(string.IsNullOrWhiteSpace(e.Term) || string.IsNullOrWhiteSpace(e.Definition)));
        });
        Assert.Contains(seed.Terms, t => t.Key == "criterion" && t.Entries["fr"].Term == "critère");
    }

    [Fact]
    public async Task A_new_installation_without_the_demo_starts_with_the_method_s_terms_and_a_restart_adds_nothing()
    {
        await using var app = OpenSpiralApplication.Create(demo: false);
        await app.InitializeAsync();
        var expected = GlossarySeed.Load().Terms.Count;

        Assert.Equal(expected, await app.QueryAsync(db => db.GlossaryTerms.CountAsync()));
        Assert.Equal(expected * 2, await app.QueryAsync(db => db.GlossaryEntries.CountAsync()));
        var wellBeing = await app.QueryAsync(db => db.GlossaryEntries.Where(e => e.Language == "fr" && db.GlossaryTerms.Any(t => t.Id == e.TermId && t.Key == "well-being")).SingleAsync());
        Assert.Equal(("bien-être", 1), (wellBeing.Term, wellBeing.Version));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<GlossarySeed>().SeedAsync();
        }

        Assert.Equal(expected, await app.QueryAsync(db => db.GlossaryTerms.CountAsync()));
    }
}
