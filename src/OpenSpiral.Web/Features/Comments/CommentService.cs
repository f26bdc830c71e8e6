using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Notifications;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Comments;

/// <summary>
/// Comments on wiki pages, articles, published actions and territories, for the pages and the API alike.
/// Signed-in members write, edit and delete their own, and report others' (once each). Network
/// administrators moderate everything; a territory's coordinators moderate the comments on the
/// territory, on its actions and on the articles naming it. Every change is checked against the
/// version the writer read.
/// </summary>
public sealed class CommentService(OpenSpiralDbContext db, TerritoryAccess access, Notifier notifier, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>What a comment is on: its title, the territory whose coordinators moderate it (if any), and who hears of new comments.</summary>
    public sealed record TargetInfo(string Title, int? TerritoryId, List<string> Notified);

    /// <summary>The target, or null when it does not exist or is not public (an unpublished action).</summary>
    public async Task<TargetInfo?> FindTargetAsync(CommentTarget target, CancellationToken cancellationToken)
    {
        var id = target.Id;
        switch (target.Kind)
        {
            case CommentTargetKind.WikiPage:
                return await db.WikiPages.AsNoTracking().Where(w => w.Id == id).Select(w => new TargetInfo(w.Title, null, new List<string>())).FirstOrDefaultAsync(cancellationToken);
            case CommentTargetKind.Article:
                var article = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Title, a.TerritoryId, a.AuthorId }).FirstOrDefaultAsync(cancellationToken);
                return article is null ? null : new TargetInfo(article.Title, article.TerritoryId, article.AuthorId is null ? [] : [article.AuthorId]);
            case CommentTargetKind.Action:
                var action = await db.Actions.AsNoTracking().Where(a => a.Id == id && a.IsPublished).Select(a => new { a.Title, a.TerritoryId }).FirstOrDefaultAsync(cancellationToken);
                return action is null ? null : new TargetInfo(action.Title, action.TerritoryId, await CoordinatorsAsync(action.TerritoryId, cancellationToken));
            default:
                var territory = await db.Territories.AsNoTracking().Where(t => t.Id == id).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
                return territory is null ? null : new TargetInfo(territory, id, await CoordinatorsAsync(id, cancellationToken));
        }
    }

    /// <summary>Whether <paramref name="user"/> moderates comments belonging to <paramref name="territoryId"/> (none: administrators only).</summary>
    public async Task<bool> CanModerateAsync(ClaimsPrincipal user, int? territoryId, CancellationToken cancellationToken) =>
        TerritoryAccess.IsAdministrator(user)
        || (territoryId is { } id && await access.GetRoleAsync(user, id, cancellationToken) == TerritoryRole.Coordinator);

    /// <summary>A page of the target's comments, the oldest first; null when the target does not exist.</summary>
    public async Task<CommentPage?> PageAsync(ClaimsPrincipal user, CommentTarget target, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (await FindTargetAsync(target, cancellationToken) is not { } info)
        {
            return null;
        }

        var comments = await db.Comments.AsNoTracking().Where(target.Matches()).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .ToPagedListAsync(c => new CommentView(c.Id, c.AuthorId, db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                c.Body, c.Version, c.CreatedAt, c.EditedAt, c.HiddenAt, c.HiddenReason), page, pageSize, cancellationToken);
        return new CommentPage(comments, await CanModerateAsync(user, info.TerritoryId, cancellationToken));
    }

    /// <summary>One comment with its target; null when it does not exist.</summary>
    public async Task<(CommentView Comment, CommentTarget Target)?> FindAsync(long commentId, CancellationToken cancellationToken)
    {
        var row = await db.Comments.AsNoTracking().Where(c => c.Id == commentId).Select(c => new
        {
            View = new CommentView(c.Id, c.AuthorId, db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                c.Body, c.Version, c.CreatedAt, c.EditedAt, c.HiddenAt, c.HiddenReason),
            c.WikiPageId,
            c.ArticleId,
            c.ActionId,
            c.TerritoryId,
        }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.View, CommentTarget.Of(new Comment { Body = "", WikiPageId = row.WikiPageId, ArticleId = row.ArticleId, ActionId = row.ActionId, TerritoryId = row.TerritoryId }));
    }

    /// <summary>Whether <paramref name="user"/> moderates this comment.</summary>
    public async Task<bool> CanModerateCommentAsync(ClaimsPrincipal user, long commentId, CancellationToken cancellationToken)
    {
        if (TerritoryAccess.IsAdministrator(user))
        {
            return true;
        }

        return await FindAsync(commentId, cancellationToken) is { } found
            && await FindTargetAsync(found.Target, cancellationToken) is { } info
            && await CanModerateAsync(user, info.TerritoryId, cancellationToken);
    }

    /// <summary>Who hid and restored the comment, and why, the latest first.</summary>
    public Task<List<ModerationEntry>> HistoryAsync(long commentId, CancellationToken cancellationToken) =>
        db.CommentModerations.AsNoTracking().Where(m => m.CommentId == commentId).OrderByDescending(m => m.At).ThenByDescending(m => m.Id)
            .Select(m => new ModerationEntry(m.Kind, m.Reason, db.Users.Where(u => u.Id == m.ModeratorId).Select(u => u.DisplayName).FirstOrDefault(), m.At))
            .ToListAsync(cancellationToken);

    public async Task<CommentOutcome> AddAsync(ClaimsPrincipal user, CommentTarget target, string? body, CancellationToken cancellationToken)
    {
        if (await FindTargetAsync(target, cancellationToken) is not { } info)
        {
            return CommentOutcome.Missing;
        }

        if (CheckBody(body) is { } error)
        {
            return CommentOutcome.Invalid("body", error);
        }

        var userId = user.GetUserId()!;
        var comment = new Comment { Body = body!.Trim(), AuthorId = userId, CreatedAt = clock.GetUtcNow().UtcDateTime };
        target.Assign(comment);
        db.Comments.Add(comment);
        await notifier.NotifyAsync(NotificationKind.NewComment, info.TerritoryId, null, info.Title, info.Notified.Where(id => id != userId), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CommentOutcome.Done(comment.Id);
    }

    /// <summary>Replaces the text of one's own comment (administrators: anyone's), on the version read.</summary>
    public async Task<CommentOutcome> EditAsync(ClaimsPrincipal user, long commentId, string? body, int? version, CancellationToken cancellationToken)
    {
        if (await AuthorCheckAsync(user, commentId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var errors = new Dictionary<string, string[]>();
        if (CheckBody(body) is { } error)
        {
            errors["body"] = [error];
        }

        if (version is null)
        {
            errors["version"] = [l["Send the version you read, so that a newer change is not overwritten."]];
        }

        if (errors.Count > 0)
        {
            return CommentOutcome.Invalid(errors);
        }

        var text = body!.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Comments.Where(c => c.Id == commentId && c.Version == version)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Body, text).SetProperty(c => c.EditedAt, now).SetProperty(c => c.Version, version!.Value + 1), cancellationToken);
        return changed == 1 ? CommentOutcome.Done(commentId) : await StaleOrMissingAsync(commentId, cancellationToken);
    }

    /// <summary>Deletes one's own comment (administrators: anyone's), on the version read.</summary>
    public async Task<CommentOutcome> DeleteAsync(ClaimsPrincipal user, long commentId, int? version, CancellationToken cancellationToken)
    {
        if (await AuthorCheckAsync(user, commentId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (version is null)
        {
            return CommentOutcome.Invalid("version", l["Send the version you read, so that a newer change is not overwritten."]);
        }

        var deleted = await db.Comments.Where(c => c.Id == commentId && c.Version == version).ExecuteDeleteAsync(cancellationToken);
        return deleted == 1 ? CommentOutcome.Done(commentId) : await StaleOrMissingAsync(commentId, cancellationToken);
    }

    /// <summary>Reports a comment to its moderators, once per member.</summary>
    public async Task<CommentOutcome> ReportAsync(ClaimsPrincipal user, long commentId, string? reason, CancellationToken cancellationToken)
    {
        if (!await db.Comments.AnyAsync(c => c.Id == commentId, cancellationToken))
        {
            return CommentOutcome.Missing;
        }

        if (CheckReason(reason, CommentReport.MaxReasonLength, l["Say why this comment should be hidden."]) is { } error)
        {
            return CommentOutcome.Invalid("reason", error);
        }

        var userId = user.GetUserId()!;
        if (await db.CommentReports.AnyAsync(r => r.CommentId == commentId && r.ReporterId == userId, cancellationToken))
        {
            return CommentOutcome.Refused(l["You have already reported this comment."]);
        }

        db.CommentReports.Add(new CommentReport { CommentId = commentId, ReporterId = userId, Reason = reason!.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // The same member's report sent twice at once: the unique index keeps one.
            return CommentOutcome.Refused(l["You have already reported this comment."]);
        }

        return CommentOutcome.Done(commentId);
    }

    /// <summary>Hides (or restores) a comment with a reason kept in its history; its open reports are dealt with.</summary>
    public async Task<CommentOutcome> ModerateAsync(ClaimsPrincipal user, long commentId, CommentModerationKind kind, string? reason, int? version, CancellationToken cancellationToken)
    {
        if (!await db.Comments.AnyAsync(c => c.Id == commentId, cancellationToken))
        {
            return CommentOutcome.Missing;
        }

        if (!await CanModerateCommentAsync(user, commentId, cancellationToken))
        {
            return CommentOutcome.NotAllowed;
        }

        var errors = new Dictionary<string, string[]>();
        if (CheckReason(reason, CommentModeration.MaxReasonLength, l["Give a reason: it is kept in the comment's moderation history."]) is { } error)
        {
            errors["reason"] = [error];
        }

        if (version is null)
        {
            errors["version"] = [l["Send the version you read, so that a newer change is not overwritten."]];
        }

        if (errors.Count > 0)
        {
            return CommentOutcome.Invalid(errors);
        }

        var text = reason!.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = kind == CommentModerationKind.Hide
            ? await db.Comments.Where(c => c.Id == commentId && c.Version == version && c.HiddenAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.HiddenAt, now).SetProperty(c => c.HiddenReason, text).SetProperty(c => c.Version, version!.Value + 1), cancellationToken)
            : await db.Comments.Where(c => c.Id == commentId && c.Version == version && c.HiddenAt != null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.HiddenAt, (DateTime?)null).SetProperty(c => c.HiddenReason, (string?)null).SetProperty(c => c.Version, version!.Value + 1), cancellationToken);
        if (changed == 0)
        {
            var current = await db.Comments.Where(c => c.Id == commentId).Select(c => new { c.Version, c.HiddenAt }).FirstOrDefaultAsync(cancellationToken);
            return current is null ? CommentOutcome.Missing
                : current.Version != version ? CommentOutcome.StaleAt(current.Version)
                : CommentOutcome.Refused(kind == CommentModerationKind.Hide ? l["This comment is already hidden."] : l["This comment is not hidden."]);
        }

        db.CommentModerations.Add(new CommentModeration { CommentId = commentId, Kind = kind, Reason = text, ModeratorId = user.GetUserId(), At = now });
        await db.SaveChangesAsync(cancellationToken);
        await db.CommentReports.Where(r => r.CommentId == commentId && r.HandledAt == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.HandledAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommentOutcome.Done(commentId);
    }

    /// <summary>Leaves a reported comment visible: its open reports are dealt with.</summary>
    public async Task<CommentOutcome> DismissReportsAsync(ClaimsPrincipal user, long commentId, CancellationToken cancellationToken)
    {
        if (!await db.Comments.AnyAsync(c => c.Id == commentId, cancellationToken))
        {
            return CommentOutcome.Missing;
        }

        if (!await CanModerateCommentAsync(user, commentId, cancellationToken))
        {
            return CommentOutcome.NotAllowed;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.CommentReports.Where(r => r.CommentId == commentId && r.HandledAt == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.HandledAt, now), cancellationToken);
        return CommentOutcome.Done(commentId);
    }

    /// <summary>The comments with reports nobody dealt with yet that <paramref name="user"/> moderates, the longest-waiting first.</summary>
    public async Task<PagedList<ReportedComment>> QueueAsync(ClaimsPrincipal user, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Comments.AsNoTracking().Where(c => db.CommentReports.Any(r => r.CommentId == c.Id && r.HandledAt == null));
        if (!TerritoryAccess.IsAdministrator(user))
        {
            var userId = user.GetUserId();
            var mine = db.TerritoryMembers.Where(m => m.UserId == userId && m.Role == TerritoryRole.Coordinator).Select(m => m.TerritoryId);
            query = query.Where(c => (c.TerritoryId != null && mine.Contains(c.TerritoryId.Value))
                || (c.ActionId != null && db.Actions.Any(a => a.Id == c.ActionId && mine.Contains(a.TerritoryId)))
                || (c.ArticleId != null && db.Articles.Any(a => a.Id == c.ArticleId && a.TerritoryId != null && mine.Contains(a.TerritoryId.Value))));
        }

        var rows = await query
            .OrderBy(c => db.CommentReports.Where(r => r.CommentId == c.Id && r.HandledAt == null).Min(r => r.CreatedAt)).ThenBy(c => c.Id)
            .ToPagedListAsync(c => new
            {
                c.Id,
                c.WikiPageId,
                c.ArticleId,
                c.ActionId,
                c.TerritoryId,
                Title = c.WikiPageId != null ? db.WikiPages.Where(w => w.Id == c.WikiPageId).Select(w => w.Title).FirstOrDefault()
                    : c.ArticleId != null ? db.Articles.Where(a => a.Id == c.ArticleId).Select(a => a.Title).FirstOrDefault()
                    : c.ActionId != null ? db.Actions.Where(a => a.Id == c.ActionId).Select(a => a.Title).FirstOrDefault()
                    : db.Territories.Where(t => t.Id == c.TerritoryId).Select(t => t.Name).FirstOrDefault(),
                Slug = c.WikiPageId != null ? db.WikiPages.Where(w => w.Id == c.WikiPageId).Select(w => w.Slug).FirstOrDefault()
                    : c.ActionId != null ? db.Actions.Where(a => a.Id == c.ActionId).Select(a => db.Territories.Where(t => t.Id == a.TerritoryId).Select(t => t.Slug).FirstOrDefault()).FirstOrDefault()
                    : db.Territories.Where(t => t.Id == c.TerritoryId).Select(t => t.Slug).FirstOrDefault(),
                AuthorName = db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                c.Body,
                c.Version,
                c.CreatedAt,
                c.HiddenAt,
                Reasons = db.CommentReports.Where(r => r.CommentId == c.Id && r.HandledAt == null).OrderBy(r => r.CreatedAt).Select(r => r.Reason).ToList(),
            }, page, pageSize, cancellationToken);
        return new PagedList<ReportedComment>(
            [.. rows.Items.Select(r => new ReportedComment(r.Id,
                CommentTarget.Of(new Comment { Body = "", WikiPageId = r.WikiPageId, ArticleId = r.ArticleId, ActionId = r.ActionId, TerritoryId = r.TerritoryId }),
                r.Title ?? "", r.Slug, r.AuthorName, r.Body, r.Version, r.CreatedAt, r.HiddenAt, r.Reasons))],
            rows.Page, rows.PageSize, rows.Total);
    }

    /// <summary>The page where the target shows its comments, by page name.</summary>
    public async Task<string?> TargetPathAsync(LinkGenerator links, CommentTarget target, CancellationToken cancellationToken)
    {
        var id = target.Id;
        var slug = target.Kind switch
        {
            CommentTargetKind.Article => null,
            CommentTargetKind.Action => await db.Actions.Where(a => a.Id == id).Select(a => db.Territories.Where(t => t.Id == a.TerritoryId).Select(t => t.Slug).FirstOrDefault()).FirstOrDefaultAsync(cancellationToken),
            CommentTargetKind.Territory => await db.Territories.Where(t => t.Id == id).Select(t => t.Slug).FirstOrDefaultAsync(cancellationToken),
            _ => await db.WikiPages.Where(w => w.Id == id).Select(w => w.Slug).FirstOrDefaultAsync(cancellationToken),
        };
        return PathOf(links, target, slug);
    }

    /// <summary>As <see cref="TargetPathAsync"/>, with the slug of the target's territory (actions, territories) or wiki page already read.</summary>
    public static string? PathOf(LinkGenerator links, CommentTarget target, string? slug) => target.Kind switch
    {
        CommentTargetKind.Article => links.GetPathByPage("/Articles/Details", values: new { articleId = target.Id }),
        _ when slug is null => null,
        CommentTargetKind.Action => links.GetPathByPage("/Actions/Public", values: new { slug, number = target.Id }),
        CommentTargetKind.Territory => links.GetPathByPage("/Territories/Details", values: new { slug }),
        _ => links.GetPathByPage("/Wiki/Read", values: new { slug }),
    };

    private async Task<List<string>> CoordinatorsAsync(int territoryId, CancellationToken cancellationToken) =>
        await db.TerritoryMembers.Where(m => m.TerritoryId == territoryId && m.Role == TerritoryRole.Coordinator).Select(m => m.UserId).ToListAsync(cancellationToken);

    private async Task<CommentOutcome?> AuthorCheckAsync(ClaimsPrincipal user, long commentId, CancellationToken cancellationToken)
    {
        var author = await db.Comments.Where(c => c.Id == commentId).Select(c => new { c.AuthorId }).FirstOrDefaultAsync(cancellationToken);
        if (author is null)
        {
            return CommentOutcome.Missing;
        }

        var userId = user.GetUserId();
        return TerritoryAccess.IsAdministrator(user) || (userId is not null && author.AuthorId == userId) ? null : CommentOutcome.NotAllowed;
    }

    private async Task<CommentOutcome> StaleOrMissingAsync(long commentId, CancellationToken cancellationToken) =>
        await db.Comments.Where(c => c.Id == commentId).Select(c => (int?)c.Version).FirstOrDefaultAsync(cancellationToken) is { } current
            ? CommentOutcome.StaleAt(current)
            : CommentOutcome.Missing;

    private string? CheckBody(string? body) =>
        string.IsNullOrWhiteSpace(body) ? l["Write your comment."].Value
        : body.Trim().Length > Comment.MaxBodyLength ? l["A comment has at most {0} characters.", Comment.MaxBodyLength].Value
        : null;

    private string? CheckReason(string? reason, int max, string missing) =>
        string.IsNullOrWhiteSpace(reason) ? missing
        : reason.Trim().Length > max ? l["A reason has at most {0} characters.", max].Value
        : null;
}
