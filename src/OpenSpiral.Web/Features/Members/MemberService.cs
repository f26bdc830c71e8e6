using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Members;

/// <summary>Seats in a coordination group. A territory that has a coordinator always keeps one.</summary>
public sealed class MemberService(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<(TerritoryMember? Member, string? Error)> AddAsync(int territoryId, string email, MemberInput input, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user is null)
        {
            return (null, l["No account uses the e-mail {0}. Ask this person to register first.", email.Trim()]);
        }

        if (await db.TerritoryMembers.AnyAsync(m => m.TerritoryId == territoryId && m.UserId == user.Id, cancellationToken))
        {
            return (null, l["{0} is already in the coordination group.", user.DisplayName]);
        }

        var member = new TerritoryMember
        {
            TerritoryId = territoryId,
            UserId = user.Id,
            Role = input.Role,
            StakeholderType = input.StakeholderType,
            Organisation = Clean(input.Organisation),
            JoinedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.TerritoryMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return (member, null);
    }

    public Task<bool> HasAccountAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken);
    }

    public async Task<string?> UpdateAsync(TerritoryMember member, MemberInput input, CancellationToken cancellationToken)
    {
        if (member.Role == TerritoryRole.Coordinator && input.Role != TerritoryRole.Coordinator && await IsLastCoordinatorAsync(member, cancellationToken))
        {
            return l["The territory needs at least one coordinator. Name another coordinator first."];
        }

        member.Role = input.Role;
        member.StakeholderType = input.StakeholderType;
        member.Organisation = Clean(input.Organisation);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> RemoveAsync(TerritoryMember member, CancellationToken cancellationToken)
    {
        if (member.Role == TerritoryRole.Coordinator && await IsLastCoordinatorAsync(member, cancellationToken))
        {
            return l["The territory needs at least one coordinator. Name another coordinator first."];
        }

        db.TerritoryMembers.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public Task<TerritoryMember?> FindAsync(int territoryId, int memberId, CancellationToken cancellationToken) =>
        db.TerritoryMembers.Include(m => m.User).FirstOrDefaultAsync(m => m.Id == memberId && m.TerritoryId == territoryId, cancellationToken);

    private Task<bool> IsLastCoordinatorAsync(TerritoryMember member, CancellationToken cancellationToken) =>
        db.TerritoryMembers.AllAsync(m => m.TerritoryId != member.TerritoryId || m.Role != TerritoryRole.Coordinator || m.Id == member.Id, cancellationToken);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
