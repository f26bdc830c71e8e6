using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>Downloads one table of the territory's syntheses as CSV or XLSX, with the filters of the page it came from.</summary>
public sealed class ExportModel(OpenSpiralDbContext db, SynthesisService service, IStringLocalizer<SharedResource> l) : SynthesisPageModel(db)
{
    public async Task<IActionResult> OnGetAsync(string slug, string? table, string? format, int? groupId, string? profile, CancellationToken cancellationToken)
    {
        if (table is null || !SynthesisFigures.Keys.Contains(table) || format is not ("csv" or "xlsx") || !await FindTerritoryAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var found = await BuildAsync(table, SynthesisScope.Territory(Territory.Id, groupId, profile), cancellationToken);
        var name = $"{Territory.Slug}-{table}.{format}";
        return format == "csv"
            ? File(TableExport.ToCsv(found), TableExport.CsvType + "; charset=utf-8", name)
            : File(TableExport.ToXlsx(found), TableExport.XlsxType, name);
    }

    private async Task<SynthesisTable> BuildAsync(string table, SynthesisScope scope, CancellationToken cancellationToken)
    {
        switch (table)
        {
            case "families" or "components":
                var synthesis = await service.SynthesizeAsync(scope, Language, countGroups: table == "components", cancellationToken);
                return (table == "families" ? SynthesisFigures.Families(synthesis, l) : SynthesisFigures.Components(synthesis, l)).Table;
            case "network":
                var labels = await service.LoadLabelsAsync(Language, cancellationToken);
                var ours = await service.SynthesizeAsync(SynthesisScope.Territory(Territory.Id), labels, cancellationToken: cancellationToken);
                var network = await service.SynthesizeAsync(SynthesisScope.Network, labels, cancellationToken: cancellationToken);
                return SynthesisFigures.Network(ours, network, Territory.Name, l).Table;
            default:
                var who = await WhoSpoke.LoadAsync(Db, Territory.Id, cancellationToken);
                return table switch
                {
                    "kinds" => WhoSpokeFigures.Kinds(who, l).Table,
                    "genders" => WhoSpokeFigures.Genders(who, l).Table,
                    "ages" => WhoSpokeFigures.Ages(who, l).Table,
                    "profiles" => WhoSpokeFigures.Profiles(who, l).Table,
                    _ => WhoSpokeFigures.Groups(who, l),
                };
        }
    }
}
