using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Actions;

/// <summary>The territory's register of resources, offered to its action groups, and which actions use each.</summary>
public sealed class ResourceService(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    private static readonly Expression<Func<ActionResource, ResourceResponse>> Projection = r => new ResourceResponse(
        r.Id, r.TerritoryId, r.Kind, r.Description, r.OfferedBy, r.Quantity, r.IsAvailable, r.AvailableUntil,
        r.Uses.OrderBy(u => u.ActionId).Select(u => u.ActionId).ToList(), r.Version, r.CreatedAt, r.UpdatedAt);

    /// <summary>A page of the register, by kind then who offers; filters: kind and availability.</summary>
    public Task<PagedList<ResourceResponse>> PageAsync(int territoryId, ResourceKind? kind, bool? available, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.ActionResources.AsNoTracking().Where(r => r.TerritoryId == territoryId);
        if (kind is { } wanted)
        {
            query = query.Where(r => r.Kind == wanted);
        }

        if (available is { } isAvailable)
        {
            query = query.Where(r => r.IsAvailable == isAvailable);
        }

        return query.OrderBy(r => r.Kind).ThenBy(r => r.OfferedBy).ThenBy(r => r.Id).ToPagedListAsync(Projection, page, pageSize, cancellationToken);
    }

    public Task<ResourceResponse?> FindAsync(int resourceId, CancellationToken cancellationToken) =>
        db.ActionResources.AsNoTracking().Where(r => r.Id == resourceId).Select(Projection).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The resources an action uses, by kind.</summary>
    public Task<List<ResourceResponse>> UsedByAsync(int actionId, CancellationToken cancellationToken) =>
        db.ActionResources.AsNoTracking().Where(r => r.Uses.Any(u => u.ActionId == actionId))
            .OrderBy(r => r.Kind).ThenBy(r => r.OfferedBy).ThenBy(r => r.Id).Select(Projection).ToListAsync(cancellationToken);

    /// <summary>The available resources of the territory an action does not use yet (what it may ask for).</summary>
    public Task<List<ResourceResponse>> OfferedToAsync(int territoryId, int actionId, CancellationToken cancellationToken) =>
        db.ActionResources.AsNoTracking().Where(r => r.TerritoryId == territoryId && r.IsAvailable && r.Uses.All(u => u.ActionId != actionId))
            .OrderBy(r => r.Kind).ThenBy(r => r.OfferedBy).ThenBy(r => r.Id).Select(Projection).ToListAsync(cancellationToken);

    public async Task<ActionOutcome> CreateAsync(int territoryId, ResourceInput input, CancellationToken cancellationToken)
    {
        var (errors, kind) = await CheckAsync(territoryId, input, cancellationToken);
        if (errors.Count > 0)
        {
            return ActionOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var resource = new ActionResource { TerritoryId = territoryId, Description = "", OfferedBy = "", CreatedAt = now };
        Apply(resource, input, kind, now);
        db.ActionResources.Add(resource);
        await db.SaveChangesAsync(cancellationToken);
        return ActionOutcome.Done(resource.Id);
    }

    public async Task<ActionOutcome> UpdateAsync(int resourceId, ResourceInput input, CancellationToken cancellationToken)
    {
        var resource = await db.ActionResources.Include(r => r.Uses).FirstOrDefaultAsync(r => r.Id == resourceId, cancellationToken);
        if (resource is null)
        {
            return ActionOutcome.Missing;
        }

        var (errors, kind) = await CheckAsync(resource.TerritoryId, input, cancellationToken);
        if (input.Version is null)
        {
            errors["version"] = [l["Send the version you read, so that a newer change is not overwritten."]];
        }

        if (errors.Count > 0)
        {
            return ActionOutcome.Invalid(errors);
        }

        var version = input.Version!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The version moves first, in one statement: of two writers on the same version, one only goes on.
        var claimed = await db.ActionResources.Where(r => r.Id == resourceId && r.Version == version)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Version, version + 1), cancellationToken);
        if (claimed == 0)
        {
            var current = await db.ActionResources.Where(r => r.Id == resourceId).Select(r => (int?)r.Version).FirstOrDefaultAsync(cancellationToken);
            return current is null ? ActionOutcome.Missing : ActionOutcome.StaleAt(current.Value);
        }

        resource.Version = version + 1;
        Apply(resource, input, kind, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ActionOutcome.Done(resourceId);
    }

    /// <summary>Deletes a resource of the register; the actions that used it stay.</summary>
    public async Task<bool> DeleteAsync(int resourceId, CancellationToken cancellationToken) =>
        await db.ActionResources.Where(r => r.Id == resourceId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Lets an action use a resource of its territory's register (again is harmless).</summary>
    public async Task<bool> UseAsync(int actionId, int resourceId, CancellationToken cancellationToken)
    {
        var sameTerritory = await db.ActionResources.AnyAsync(
            r => r.Id == resourceId && db.Actions.Any(a => a.Id == actionId && a.TerritoryId == r.TerritoryId), cancellationToken);
        if (!sameTerritory)
        {
            return false;
        }

        if (!await db.ActionResourceUses.AnyAsync(u => u.ActionId == actionId && u.ResourceId == resourceId, cancellationToken))
        {
            db.ActionResourceUses.Add(new ActionResourceUse { ActionId = actionId, ResourceId = resourceId });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same use recorded meanwhile by another request: the action uses the resource either way.
                db.ChangeTracker.Clear();
            }
        }

        return true;
    }

    public async Task<bool> StopUsingAsync(int actionId, int resourceId, CancellationToken cancellationToken) =>
        await db.ActionResourceUses.Where(u => u.ActionId == actionId && u.ResourceId == resourceId).ExecuteDeleteAsync(cancellationToken) > 0;

    private static void Apply(ActionResource resource, ResourceInput input, ResourceKind kind, DateTime now)
    {
        resource.Kind = kind;
        resource.Description = input.Description!.Trim();
        resource.OfferedBy = input.OfferedBy!.Trim();
        resource.Quantity = string.IsNullOrWhiteSpace(input.Quantity) ? null : input.Quantity.Trim();
        resource.IsAvailable = input.Available ?? true;
        resource.AvailableUntil = input.AvailableUntil;
        resource.UpdatedAt = now;
        if (input.ActionIds is { } ids)
        {
            var wanted = ids.ToHashSet();
            resource.Uses.RemoveAll(u => !wanted.Contains(u.ActionId));
            resource.Uses.AddRange(wanted.Where(id => resource.Uses.All(u => u.ActionId != id)).Select(id => new ActionResourceUse { ActionId = id }));
        }
    }

    private async Task<(Dictionary<string, string[]> Errors, ResourceKind Kind)> CheckAsync(int territoryId, ResourceInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = EnumNames.Parse<ResourceKind>(input.Kind);
        if (kind is null)
        {
            errors["kind"] = [string.IsNullOrWhiteSpace(input.Kind)
                ? l["Choose the kind of resource: money, people, place, material or immaterial."]
                : l["{0} is not a kind of resource: use money, people, place, material or immaterial.", input.Kind.Trim()]];
        }

        Required(input.Description, ActionResource.MaxDescriptionLength, "description", l["Describe the resource."], errors);
        Required(input.OfferedBy, ActionResource.MaxOfferedByLength, "offeredBy", l["Say who offers the resource."], errors);
        if (input.Quantity is { } quantity && quantity.Trim().Length > ActionResource.MaxQuantityLength)
        {
            errors["quantity"] = [l["This text has at most {0} characters.", ActionResource.MaxQuantityLength]];
        }

        if (input.ActionIds is { Count: > 0 } ids)
        {
            var distinct = ids.Distinct().ToList();
            var ours = await db.Actions.Where(a => a.TerritoryId == territoryId && distinct.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
            var foreign = distinct.Except(ours).ToList();
            if (foreign.Count > 0)
            {
                errors["actionIds"] = [.. foreign.Select(id => l["{0} is not an action of the territory.", id].Value)];
            }
        }

        return (errors, kind ?? ResourceKind.Money);
    }

    private void Required(string? value, int max, string field, string missing, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [missing];
        }
        else if (value.Trim().Length > max)
        {
            errors[field] = [l["This text has at most {0} characters.", max]];
        }
    }
}
