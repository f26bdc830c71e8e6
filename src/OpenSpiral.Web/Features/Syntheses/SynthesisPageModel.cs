using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>What every synthesis page shares: its territory (coordinators and facilitators only) and the interface language.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public abstract class SynthesisPageModel(OpenSpiralDbContext db) : TerritoryPageModel
{
    protected OpenSpiralDbContext Db { get; } = db;


    protected static string Language => Infrastructure.Localization.Languages.Current;

    protected async Task<bool> FindTerritoryAsync(string slug, CancellationToken cancellationToken) =>
        await LoadTerritoryAsync(slug, cancellationToken) is not null;

    /// <summary>Links a figure's numbers to the criteria behind them, with the page's filters.</summary>
    protected CriteriaLinks Links(int? groupId = null, string? profile = null) => new(Url, Territory.Slug, CriteriaFilter.Of(groupId, profile));

    public FigureView View(SynthesisFigure figure, int? groupId = null, string? profile = null, int headingLevel = 2) =>
        new(figure, ExportUrl(figure.Id, "csv", groupId, profile), ExportUrl(figure.Id, "xlsx", groupId, profile), headingLevel);

    private string? ExportUrl(string table, string format, int? groupId, string? profile) =>
        Url.Page(FigureView.ExportPage, FigureView.Export(Territory.Slug, table, format, groupId, profile));
}
