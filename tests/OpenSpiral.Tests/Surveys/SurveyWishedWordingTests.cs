using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static OpenSpiral.Tests.Surveys.SurveyAnsweringData;

namespace OpenSpiral.Tests.Surveys;

/// <summary>The wished level is named as the respondent's "wished situation" on paper, in the paper entry and in the results' export, in both languages.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class SurveyWishedWordingTests(OpenSpiral.Tests.OpenSpiralApplication app)
{
    [Theory]
    [InlineData("fr", "Situation souhaitée")]
    [InlineData("en", "Wished situation")]
    public async Task The_paper_questionnaire_and_the_paper_entry_head_the_wished_column_as_the_wished_situation(string culture, string wished)
    {
        var survey = await SurveyAsync(app);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var root = $"/territories/{DemoData.Territory1Slug}/workspace/surveys/{survey.Id}";

        var paper = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"{root}/questionnaire?culture={culture}&lang={culture}"));
        var entry = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"{root}/paper-entry?culture={culture}"));

        Assert.Contains($"<th scope=\"col\" class=\"tick-col\">{wished}</th>", paper, StringComparison.Ordinal);
        Assert.Contains($"<span aria-hidden=\"true\" class=\"hint\">{wished}</span>", entry, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Situation souhaitée")]
    [InlineData("en", "Wished situation")]
    public async Task The_wished_results_xlsx_sheet_is_named_the_wished_situation(string culture, string wished)
    {
        var data = await SurveyResultsDataset.KnownAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/territories/{data.Slug}/workspace/surveys/{data.SurveyId}/results/export?table=wished&format=xlsx&culture={culture}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Equal(wished, document.WorkbookPart!.Workbook.Descendants<Sheet>().Single().Name!.Value);
    }
}
