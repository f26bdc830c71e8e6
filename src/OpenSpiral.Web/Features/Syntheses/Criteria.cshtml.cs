using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>
/// From a number to the words: the criteria behind one figure of a synthesis, with the filters the
/// synthesis had, so that their count is the number clicked.
/// </summary>
public sealed class CriteriaModel(OpenSpiralDbContext db, SynthesisService synthesis, SynthesisCriteria criteria, IStringLocalizer<SharedResource> l) : SynthesisPageModel(db)
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true)]
    public string? Family { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Component { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Question { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? GroupId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Profile { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Scope { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public CriteriaFilter Filter { get; private set; } = new();
    public string Heading { get; private set; } = "";
    public GridLabels Labels { get; private set; } = null!;
    public PagedList<SynthesisCriterion> Results { get; private set; } = new([], 1, PageSize, 0);
    public Pager Pager { get; private set; } = Pager.Empty;

    /// <summary>The synthesis page these criteria were counted on.</summary>
    public string SynthesisUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await FindTerritoryAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Labels = await synthesis.LoadLabelsAsync(Language, cancellationToken);
        var filter = await SynthesisCriteria.ParseAsync(Db, Labels, Territory.Id, new(Family, Component, Question, GroupId, Profile, Kind, Scope), [], l, cancellationToken);
        if (filter is null)
        {
            return NotFound();
        }

        Filter = filter;
        var groupName = filter.GroupId is { } groupId ? await Db.Groups.AsNoTracking().Where(g => g.Id == groupId).Select(g => g.Name).FirstAsync(cancellationToken) : null;
        Heading = Describe(filter, groupName);
        var page = Pager.FromQuery(PageNumber);
        Results = await criteria.PageAsync(Territory.Id, filter, page, PageSize, cancellationToken);
        var values = filter.RouteValues(Territory.Slug);
        Pager = new Pager(page, Results.PageCount, n => Url.Page(CriteriaFilter.PageName, new RouteValueDictionary(values) { ["p"] = n })!);
        SynthesisUrl = (filter.Network ? Url.Page("/Syntheses/Network", new { slug })
            : filter.GroupId is { } id && filter.Profile is null ? Url.Page("/Syntheses/Group", new { slug, groupId = id })
            : Url.Page("/Syntheses/Index", new { slug, groupId = filter.GroupId, profile = filter.Profile }))!;
        return Page();
    }

    public string ComponentName(string? code) =>
        code is null ? l["Not yet classified"] : Labels.ComponentsByCode.TryGetValue(code, out var component) ? $"{code} {component.Name}" : code;

    /// <summary>"Criteria classified in A03 Housing, Q1 well-being, group “Young mothers”": every filter, in the reader's language.</summary>
    private string Describe(CriteriaFilter filter, string? groupName)
    {
        List<string> parts =
        [
            filter.Component is { } component ? l["Criteria classified in {0}", ComponentName(component)]
            : filter.Family is { } family ? l["Criteria classified in {0}", $"{family} {Labels.Family(family)?.Name}"]
            : filter.Unclassified ? l["Criteria not yet classified"]
            : l["All criteria"],
        ];
        if (filter.Question is { } question)
        {
            parts.Add(SynthesisFigures.QuestionName(l, question));
        }

        if (groupName is not null)
        {
            parts.Add(l["group “{0}”", groupName]);
        }

        if (filter.Profile is { } profile)
        {
            parts.Add(l["profile “{0}”", profile]);
        }

        if (filter.Kind is { } kind)
        {
            parts.Add(l["kind of group: {0}", l.Enum(kind)]);
        }

        if (filter.Network)
        {
            parts.Add(l["in the territories that share with the network"]);
        }

        return string.Join(", ", parts);
    }
}
