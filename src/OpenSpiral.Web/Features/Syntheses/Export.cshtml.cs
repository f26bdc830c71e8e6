using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Spreadsheets;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>Downloads one table of the territory's syntheses as CSV or XLSX, with the filters of the page it came from.</summary>
public sealed class ExportModel(OpenSpiralDbContext db, SynthesisService service, IStringLocalizer<SharedResource> l) : SynthesisPageModel(db)
{
    public async Task<IActionResult> OnGetAsync(string slug, string? table, string? format, int? groupId, string? profile, string? separator, CancellationToken cancellationToken)
    {
        var csvFormat = CsvFormat.Choose(separator, CultureInfo.CurrentCulture);
        if (table is null || !SynthesisFigures.Keys.Contains(table) || format is not ("csv" or "xlsx") || csvFormat is null || !await FindTerritoryAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var scope = SynthesisScope.Territory(Territory.Id, groupId, profile);
        var found = await BuildAsync(table, scope, cancellationToken);
        // A table filtered to one group or profile says so in its name, so that downloads of several groups do not overwrite each other
        // (the other tables always cover the whole territory).
        var filter = table is not ("families" or "components") ? null
            : groupId is null ? scope.Profile
            : await Db.Groups.Where(g => g.Id == groupId && g.TerritoryId == Territory.Id).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken) ?? $"group {groupId}";
        var name = ExportFileName.For(Territory.Slug, filter, table, format);
        return format == "csv"
            ? File(TableExport.ToCsv(found, csvFormat), TableExport.CsvType + "; charset=utf-8", name)
            : File(TableExport.ToXlsx(found, SheetName(table)), TableExport.XlsxType, name);
    }

    private string SheetName(string table) => table switch
    {
        "families" => l["Families"],
        "components" => l["Components"],
        "kinds" => l["Kind of group"],
        "genders" => l["Gender"],
        "ages" => l["Age band"],
        "profiles" => l["Profile"],
        "groups" => l["Groups"],
        _ => l["Network"],
    };

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
