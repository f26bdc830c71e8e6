using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Members;

/// <summary>
/// Invitations of people who have no account yet. The seat is given once the invited address is
/// confirmed (or when its signed-in owner follows the link); the token only leads there.
/// </summary>
public sealed class MemberInvitations(OpenSpiralDbContext db, AccountMails mails, InvitationMailLimiter limiter, TimeProvider clock, IOptions<MemberInvitationOptions> options, IStringLocalizer<SharedResource> l)
{
    /// <summary>Records an invitation (replacing a pending one for the same address) and mails its link; answers an error or null.</summary>
    public async Task<string?> InviteAsync(int territoryId, string territoryName, string email, MemberInput input, string? invitedById, CancellationToken cancellationToken)
    {
        email = email.Trim();
        var normalized = Normalize(email);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!limiter.TrySend(territoryId))
        {
            return l["This territory has sent too many invitations in the last hour. Try again later."];
        }

        await db.MemberInvitations.Where(i => i.TerritoryId == territoryId && i.NormalizedEmail == normalized).ExecuteDeleteAsync(cancellationToken);
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        db.MemberInvitations.Add(new MemberInvitation
        {
            TerritoryId = territoryId,
            Email = email,
            NormalizedEmail = normalized,
            Role = input.Role,
            StakeholderType = input.StakeholderType,
            Organisation = string.IsNullOrWhiteSpace(input.Organisation) ? null : input.Organisation.Trim(),
            TokenHash = Hash(token),
            ExpiresAt = now.AddDays(options.Value.ExpiryDays),
            InvitedById = invitedById,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await mails.SendInvitationAsync(email, territoryName, token);
        return null;
    }

    /// <summary>The pending, unexpired invitation of <paramref name="token"/>, or null.</summary>
    public async Task<MemberInvitation?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.MemberInvitations.AsNoTracking().Include(i => i.Territory)
            .FirstOrDefaultAsync(i => i.TokenHash == hash && i.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Gives <paramref name="user"/>, whose address is confirmed, the seats its address was invited to; answers the slugs joined.</summary>
    public async Task<List<string>> AcceptAsync(User user, CancellationToken cancellationToken)
    {
        if (!user.EmailConfirmed || user.Email is null)
        {
            return [];
        }

        var normalized = Normalize(user.Email);
        var now = clock.GetUtcNow().UtcDateTime;
        var invitations = await db.MemberInvitations.Include(i => i.Territory)
            .Where(i => i.NormalizedEmail == normalized && i.ExpiresAt > now).ToListAsync(cancellationToken);
        var joined = new List<string>();
        foreach (var invitation in invitations)
        {
            if (!await db.TerritoryMembers.AnyAsync(m => m.TerritoryId == invitation.TerritoryId && m.UserId == user.Id, cancellationToken))
            {
                db.TerritoryMembers.Add(new TerritoryMember
                {
                    TerritoryId = invitation.TerritoryId,
                    UserId = user.Id,
                    Role = invitation.Role,
                    StakeholderType = invitation.StakeholderType,
                    Organisation = invitation.Organisation,
                    JoinedAt = now,
                });
            }

            joined.Add(invitation.Territory!.Slug);
            db.MemberInvitations.Remove(invitation);
        }

        await db.SaveChangesAsync(cancellationToken);
        return joined;
    }

    public Task<List<Pending>> ListAsync(int territoryId, CancellationToken cancellationToken) =>
        PendingOf(territoryId).Select(ToPending).ToListAsync(cancellationToken);

    /// <summary>One page of the territory's pending invitations, by address, as the API lists them.</summary>
    public Task<PagedList<Pending>> PageAsync(int territoryId, PageQuery paging, CancellationToken cancellationToken) =>
        PendingOf(territoryId).ToPagedListAsync(ToPending, paging, cancellationToken);

    /// <summary>The pending invitation of <paramref name="email"/> to the territory, such as one just sent.</summary>
    public Task<Pending?> FindPendingAsync(int territoryId, string email, CancellationToken cancellationToken)
    {
        var normalized = Normalize(email);
        return PendingOf(territoryId).Where(i => i.NormalizedEmail == normalized).Select(ToPending).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The territory an invitation belongs to, or null when there is no such invitation.</summary>
    public Task<int?> TerritoryOfAsync(int invitationId, CancellationToken cancellationToken) =>
        db.MemberInvitations.Where(i => i.Id == invitationId).Select(i => (int?)i.TerritoryId).FirstOrDefaultAsync(cancellationToken);

    private static readonly Expression<Func<MemberInvitation, Pending>> ToPending = i => new Pending(i.Id, i.Email, i.Role, i.ExpiresAt);

    private IQueryable<MemberInvitation> PendingOf(int territoryId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.MemberInvitations.AsNoTracking().Where(i => i.TerritoryId == territoryId && i.ExpiresAt > now).OrderBy(i => i.Email).ThenBy(i => i.Id);
    }

    public Task<Pending?> FindPendingAsync(int territoryId, int invitationId, CancellationToken cancellationToken) =>
        db.MemberInvitations.AsNoTracking().Where(i => i.TerritoryId == territoryId && i.Id == invitationId)
            .Select(i => new Pending(i.Id, i.Email, i.Role, i.ExpiresAt)).FirstOrDefaultAsync(cancellationToken);

    public Task<int> RevokeAsync(int territoryId, int invitationId, CancellationToken cancellationToken) =>
        db.MemberInvitations.Where(i => i.TerritoryId == territoryId && i.Id == invitationId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Deletes the invitations expired more than <see cref="MemberInvitationOptions.PurgeAfterDays"/> ago; answers how many.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.PurgeAfterDays);
        return db.MemberInvitations.Where(i => i.ExpiresAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public sealed record Pending(int Id, string Email, TerritoryRole Role, DateTime ExpiresAt);
}
