using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>The territory's whole synthesis on one page that prints on A4: what was said, who spoke, and the network beside it.</summary>
public sealed class ReportModel(OpenSpiralDbContext db, SynthesisService service, TimeProvider clock, IStringLocalizer<SharedResource> l) : SynthesisPageModel(db)
{
    /// <summary>Whether the report includes the citizens' words and the groups' statements per component, not only counts.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Words { get; set; }

    public ReportWords? WordsPerComponent { get; private set; }
    public Synthesis Synthesis { get; private set; } = null!;
    public WhoSpoke WhoSpoke { get; private set; } = null!;
    public IReadOnlyList<SynthesisFigure> WhatWasSaid { get; private set; } = [];
    public IReadOnlyList<SynthesisFigure> WhoSpokeFigures { get; private set; } = [];
    public SynthesisFigure Network { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await FindTerritoryAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        WhoSpoke = await WhoSpoke.LoadAsync(Db, Territory.Id, cancellationToken);
        var labels = await service.LoadLabelsAsync(Language, cancellationToken);
        Synthesis = await service.SynthesizeAsync(SynthesisScope.Territory(Territory.Id), labels, countGroups: true, cancellationToken);
        var network = await service.SynthesizeAsync(SynthesisScope.Network, labels, cancellationToken: cancellationToken);
        WhatWasSaid = [SynthesisFigures.Families(Synthesis, l, Links()), SynthesisFigures.Components(Synthesis, l, Links())];
        WhoSpokeFigures = [Syntheses.WhoSpokeFigures.Kinds(WhoSpoke, l, Links()), Syntheses.WhoSpokeFigures.Genders(WhoSpoke, l), Syntheses.WhoSpokeFigures.Ages(WhoSpoke, l), Syntheses.WhoSpokeFigures.Profiles(WhoSpoke, l, Links())];
        Network = SynthesisFigures.Network(Synthesis, network, Territory.Name, l, Links());
        WordsPerComponent = Words ? await ReportWords.LoadAsync(Db, Territory.Id, cancellationToken) : null;
        return Page();
    }
}
