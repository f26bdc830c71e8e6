using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Network;

/// <summary>The network's home: what it is, its key figures, its coordinating territories and their contacts.</summary>
[AllowAnonymous]
public sealed class IndexModel(OpenSpiralDbContext db) : PageModel
{
    public sealed record CountryFigures(string Country, int Territories, int Members, int Sympathisers);

    public sealed record Coordinator(int Id, string Name, string Slug, string Country, List<NetworkContact> Contacts);

    public string NetworkName { get; private set; } = "";
    public Dictionary<MembershipStatus, int> ByStatus { get; private set; } = [];
    public List<CountryFigures> ByCountry { get; private set; } = [];
    public List<Coordinator> Coordinators { get; private set; } = [];
    public int Total => ByStatus.Values.Sum();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NetworkName = await db.NetworkSettings.Select(s => s.Name).FirstOrDefaultAsync(cancellationToken) ?? "OpenSpiral";
        var rows = await db.Territories.AsNoTracking().GroupBy(t => new { t.Country, t.Membership })
            .Select(g => new { g.Key.Country, g.Key.Membership, Count = g.Count() }).ToListAsync(cancellationToken);
        ByStatus = Enum.GetValues<MembershipStatus>().ToDictionary(s => s, s => rows.Where(r => r.Membership == s).Sum(r => r.Count));
        ByCountry = [.. rows.GroupBy(r => r.Country).Select(g => new CountryFigures(
                g.Key, g.Sum(r => r.Count), g.Where(r => r.Membership == MembershipStatus.Member).Sum(r => r.Count), g.Where(r => r.Membership == MembershipStatus.Sympathiser).Sum(r => r.Count)))
            .OrderByDescending(c => c.Territories).ThenBy(c => c.Country, StringComparer.Ordinal)];
        Coordinators = await db.Territories.AsNoTracking().Where(t => t.CoordinatesNetwork).OrderBy(t => t.Name)
            .Select(t => new Coordinator(t.Id, t.Name, t.Slug, t.Country,
                db.NetworkContacts.Where(c => c.TerritoryId == t.Id).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToList()))
            .ToListAsync(cancellationToken);
    }
}
