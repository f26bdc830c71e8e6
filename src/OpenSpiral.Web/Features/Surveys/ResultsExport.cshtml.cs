using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Spreadsheets;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>Downloads one table of a survey's results as CSV or XLSX, hidden figures left empty as on the page.</summary>
public sealed class ResultsExportModel(SurveyResultsService service, IStringLocalizer<SharedResource> l) : SurveyResultsPageModel(service, l)
{
    public async Task<IActionResult> OnGetAsync(string slug, int surveyId, string? table, string? by, string? format, string? separator, CancellationToken cancellationToken)
    {
        var csvFormat = CsvFormat.Choose(separator, CultureInfo.CurrentCulture);
        if (table is null || !SurveyResultsFigures.Keys.Contains(table) || format is not ("csv" or "xlsx") || csvFormat is null || !await LoadSurveyAsync(slug, surveyId, cancellationToken))
        {
            return NotFound();
        }

        var kind = SurveyResultsProfiles.Parse(by);
        if (table == "breakdown" && (kind is null || Survey.ProfileQuestions.All(q => q.Kind != kind)))
        {
            return NotFound();
        }

        var results = await Service.LoadAsync(Survey, table == "breakdown" ? kind : null, cancellationToken);
        var found = table switch
        {
            "levels" => Figures.Levels(results).Table,
            "wished" => Figures.Wished(results).Table,
            "ranking" => Figures.Ranking(results).Table,
            _ => Figures.Breakdown(results.Breakdown!).Table,
        };
        var name = ExportFileName.For(Territory.Slug, Survey.Title, table == "breakdown" ? $"{table}-{SurveyResultsProfiles.Name(kind!.Value)}" : table, format);
        return format == "csv"
            ? File(TableExport.ToCsv(found, csvFormat), TableExport.CsvType + "; charset=utf-8", name)
            : File(TableExport.ToXlsx(found, SheetName(table)), TableExport.XlsxType, name);
    }

    private string SheetName(string table) => table switch
    {
        "levels" => Localizer["Levels"],
        "wished" => Localizer["Wished situation"],
        "ranking" => Localizer["Ranking"],
        _ => Localizer["Breakdown"],
    };
}
