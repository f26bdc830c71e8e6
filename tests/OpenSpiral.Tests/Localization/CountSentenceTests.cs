using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web;
using OpenSpiral.Web.Features.Admin;

namespace OpenSpiral.Tests.Localization;

/// <summary>
/// Sentences with counts read right for 0, 1 and 2 in English and French, and a label before a value
/// takes the French no-break space before its colon.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class CountSentenceTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData("en", 0, 0, "This deletes the territory, 0 groups and 0 criteria. It cannot be undone.")]
    [InlineData("en", 1, 1, "This deletes the territory, 1 group and 1 criterion. It cannot be undone.")]
    [InlineData("en", 2, 2, "This deletes the territory, 2 groups and 2 criteria. It cannot be undone.")]
    [InlineData("en", 1, 2, "This deletes the territory, 1 group and 2 criteria. It cannot be undone.")]
    [InlineData("fr", 0, 0, "Cela supprime le territoire, 0 groupe et 0 critère. C'est définitif.")]
    [InlineData("fr", 1, 1, "Cela supprime le territoire, 1 groupe et 1 critère. C'est définitif.")]
    [InlineData("fr", 2, 2, "Cela supprime le territoire, 2 groupes et 2 critères. C'est définitif.")]
    [InlineData("fr", 2, 1, "Cela supprime le territoire, 2 groupes et 1 critère. C'est définitif.")]
    public void The_territory_deletion_says_each_count_with_its_noun_agreeing(string language, int groups, int criteria, string expected) =>
        InCulture(language, l => Assert.Equal(expected, TerritoryDeleteModel.WhatIsDeleted(l, groups, criteria)));

    [Theory]
    [InlineData("en", 0, 0, "Criteria classified: 0 of 0")]
    [InlineData("en", 1, 1, "Criteria classified: 1 of 1")]
    [InlineData("en", 2, 2, "Criteria classified: 2 of 2")]
    [InlineData("fr", 0, 0, "Critères classés\u00A0: 0 sur 0")]
    [InlineData("fr", 1, 1, "Critères classés\u00A0: 1 sur 1")]
    [InlineData("fr", 2, 2, "Critères classés\u00A0: 2 sur 2")]
    public void The_classification_progress_reads_right_whatever_the_counts(string language, int classified, int total, string expected) =>
        InCulture(language, l => Assert.Equal(expected, l["Criteria classified: {0} of {1}", classified, total].Value));

    [Theory]
    [InlineData("en", "Criteria classified: ")]
    [InlineData("fr", "Critères classés\u00A0: ")]
    public async Task The_classification_board_shows_its_progress_as_a_label_and_counts(string culture, string expected)
    {
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        var html = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/territories/{DemoData.Territory1Slug}/workspace/classify?culture={culture}"));

        Assert.Matches($"<label for=\"progress\">{expected}[0-9 \u00A0\u202F,]+ (of|sur) [0-9 \u00A0\u202F,]+</label>", html);
    }

    [Theory]
    [InlineData("en", "<p>E-mail: <strong>")]
    [InlineData("fr", "<p>E-mail\u00A0: <strong>")]
    public async Task The_account_page_writes_the_e_mail_label_with_the_language_s_colon(string culture, string expected)
    {
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        var html = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/account?culture={culture}"));

        Assert.Contains(expected + DemoData.Coordinator1 + "</strong>", html, StringComparison.Ordinal);
    }

    private void InCulture(string language, Action<IStringLocalizer> test)
    {
        var l = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            test(l);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
