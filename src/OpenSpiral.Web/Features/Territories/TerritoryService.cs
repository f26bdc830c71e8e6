using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Territories;

public sealed class TerritoryService(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Dictionary<string, string>> ValidateAsync(TerritoryInput input, int? territoryId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var slug = input.Slug?.Trim();
        if (slug is not null && await db.Territories.AnyAsync(t => t.Slug == slug && t.Id != territoryId, cancellationToken))
        {
            errors[nameof(TerritoryInput.Slug)] = l["Another territory already uses the address {0}.", slug];
        }

        if (input.Country is { Length: 2 } country && !IsCountry(country))
        {
            errors[nameof(TerritoryInput.Country)] = l["{0} is not a known country code.", country];
        }

        return errors;
    }

    public async Task<Territory> CreateAsync(TerritoryInput input, CancellationToken cancellationToken)
    {
        var territory = new Territory { Name = "", Slug = "", Country = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
        input.ApplyTo(territory);
        db.Territories.Add(territory);
        await db.SaveChangesAsync(cancellationToken);
        return territory;
    }

    public async Task UpdateAsync(Territory territory, TerritoryInput input, CancellationToken cancellationToken)
    {
        input.ApplyTo(territory);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(int territoryId, CancellationToken cancellationToken)
    {
        // Criteria reference both the territory and its groups: remove them first, in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Criteria.Where(c => c.TerritoryId == territoryId).ExecuteDeleteAsync(cancellationToken);
        await db.Territories.Where(t => t.Id == territoryId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static bool IsCountry(string code)
    {
        try
        {
            _ = new System.Globalization.RegionInfo(code);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
