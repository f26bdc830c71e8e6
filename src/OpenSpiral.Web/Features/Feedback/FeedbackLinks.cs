using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Web.Features.Feedback;

/// <summary>The short public address of a group's "what became of your words" page.</summary>
public static class FeedbackLinks
{
    public static string Path(string code) => $"/g/{code}";

    /// <summary>The absolute address, as it will be printed on posters and given to API clients.</summary>
    public static string Url(HttpRequest request, string code) => $"{Origin(request)}{Path(code)}";

    public static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>
    /// The groups whose page public pages (the territory's page, a kiosk) may link to: those with a
    /// page, in a territory that shares its criteria. A territory that opted out keeps its groups'
    /// pages to the people its coordination group hands the link to.
    /// </summary>
    public static IQueryable<HomogeneousGroup> Published(this IQueryable<HomogeneousGroup> groups) =>
        groups.Where(g => g.FeedbackCode != null && g.Territory!.SharesCriteriaWithNetwork);

    /// <summary>The group's feedback code, created on first use for groups made before codes existed; null for an unknown group.</summary>
    public static async Task<string?> EnsureCodeAsync(OpenSpiralDbContext db, int groupId, CancellationToken cancellationToken)
    {
        var code = await db.Groups.Where(g => g.Id == groupId).Select(g => new { g.FeedbackCode }).FirstOrDefaultAsync(cancellationToken);
        if (code is null || code.FeedbackCode is not null)
        {
            return code?.FeedbackCode;
        }

        // Only fills an empty code, so two first visits at once agree on one code.
        var fresh = FeedbackCodes.New();
        await db.Groups.Where(g => g.Id == groupId && g.FeedbackCode == null)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.FeedbackCode, fresh), cancellationToken);
        return await db.Groups.Where(g => g.Id == groupId).Select(g => g.FeedbackCode).FirstAsync(cancellationToken);
    }
}
