using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Network;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Demo;

/// <summary>The demo's network: the territories on the map, Mulhouse coordinating with two contacts, and an application waiting.</summary>
internal static class DemoNetworkSite
{
    public static async Task AddAsync(OpenSpiralDbContext db, List<Territory> territories, DateTime now, CancellationToken cancellationToken)
    {
        (double Latitude, double Longitude)[] places = [(47.7508, 7.3359), (46.0636, 11.2381), (50.6833, 4.3667)];
        for (var i = 0; i < Math.Min(places.Length, territories.Count); i++)
        {
            (territories[i].Latitude, territories[i].Longitude) = places[i];
        }

        var mulhouse = territories[0];
        mulhouse.CoordinatesNetwork = true;
        db.NetworkContacts.AddRange(
            new NetworkContact { TerritoryId = mulhouse.Id, Name = "Samuel Thirion", Role = "Coordination of the network", Email = "reseau@openspiral.demo", SortOrder = 1 },
            new NetworkContact { TerritoryId = mulhouse.Id, Name = "Aline Weber", Role = "Translations and new territories", Email = "accueil@openspiral.demo", Phone = "+33 3 89 00 00 00", SortOrder = 2 });
        if (territories.Count > 2)
        {
            db.MembershipApplications.Add(new MembershipApplication
            {
                TerritoryId = territories[2].Id, Requested = MembershipStatus.Member, CreatedAt = now.AddDays(-3),
                Motivation = "Our coordination group has met eight groups and wants to share its indicators with the network.",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
