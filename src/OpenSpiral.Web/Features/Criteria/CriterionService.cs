using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Grid;

namespace OpenSpiral.Web.Features.Criteria;

/// <summary>
/// Writes criteria and keeps their history: every change is a <see cref="CriterionRevision"/>, and
/// the changes made together share a batch that <see cref="UndoLastAsync"/> can revert.
/// </summary>
public sealed class CriterionService(OpenSpiralDbContext db, TimeProvider clock)
{
    /// <summary>Adds criteria to a group, one per text; blank texts are skipped.</summary>
    public async Task<List<Criterion>> AddAsync(int territoryId, int groupId, Question question, string language, IEnumerable<string> texts, string? userId, CancellationToken cancellationToken)
    {
        var now = Now;
        var batch = Guid.NewGuid();
        var criteria = texts.Select(t => t.Trim()).Where(t => t.Length > 0).Select(text => new Criterion
        {
            TerritoryId = territoryId,
            GroupId = groupId,
            Question = question,
            Language = language,
            Text = text,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        if (criteria.Count == 0)
        {
            return criteria;
        }

        db.Criteria.AddRange(criteria);
        await db.SaveChangesAsync(cancellationToken);
        db.CriterionRevisions.AddRange(criteria.Select(c => Revision(c, batch, RevisionKind.Created, userId, now, textAfter: c.Text)));
        await db.SaveChangesAsync(cancellationToken);
        return criteria;
    }

    public async Task EditAsync(Criterion criterion, string text, string? userId, CancellationToken cancellationToken)
    {
        var now = Now;
        db.CriterionRevisions.Add(Revision(criterion, Guid.NewGuid(), RevisionKind.Edited, userId, now, textBefore: criterion.Text, textAfter: text.Trim()));
        criterion.Text = text.Trim();
        criterion.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Splits one criterion into several: the first part replaces its text, the others become new criteria of the same group and question.</summary>
    public async Task<List<Criterion>> SplitAsync(Criterion criterion, IReadOnlyList<string> parts, string? userId, CancellationToken cancellationToken)
    {
        var texts = parts.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (texts.Count < 2)
        {
            return [criterion];
        }

        var now = Now;
        var batch = Guid.NewGuid();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.CriterionRevisions.Add(Revision(criterion, batch, RevisionKind.Split, userId, now, textBefore: criterion.Text, textAfter: texts[0]));
        criterion.Text = texts[0];
        criterion.UpdatedAt = now;
        var added = texts.Skip(1).Select(text => new Criterion
        {
            TerritoryId = criterion.TerritoryId,
            GroupId = criterion.GroupId,
            Question = criterion.Question,
            Language = criterion.Language,
            Source = criterion.Source,
            Status = criterion.Status,
            Text = text,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        db.Criteria.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        db.CriterionRevisions.AddRange(added.Select(c => Revision(c, batch, RevisionKind.Created, userId, now, textAfter: c.Text)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [criterion, .. added];
    }

    /// <summary>Merges criteria into the first one, which takes the given text; the others are deleted (and can be restored by undo).</summary>
    public async Task MergeAsync(IReadOnlyList<Criterion> criteria, string text, string? userId, CancellationToken cancellationToken)
    {
        var now = Now;
        var batch = Guid.NewGuid();
        var kept = criteria[0];
        db.CriterionRevisions.Add(Revision(kept, batch, RevisionKind.Merged, userId, now, textBefore: kept.Text, textAfter: text.Trim()));
        kept.Text = text.Trim();
        kept.UpdatedAt = now;
        foreach (var other in criteria.Skip(1))
        {
            db.CriterionRevisions.Add(Revision(other, batch, RevisionKind.Merged, userId, now, deletedBefore: false, deletedAfter: true));
            other.DeletedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyList<Criterion> criteria, string? userId, CancellationToken cancellationToken)
    {
        var now = Now;
        var batch = Guid.NewGuid();
        foreach (var criterion in criteria)
        {
            db.CriterionRevisions.Add(Revision(criterion, batch, RevisionKind.Deleted, userId, now, deletedBefore: false, deletedAfter: true));
            criterion.DeletedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What an undo says, for the board and the session page alike.</summary>
    public static string Undone(int restored, IStringLocalizer l) => restored switch
    {
        0 => l["Nothing to undo."],
        1 => l["Your last change is undone (one criterion)."],
        _ => l["Your last change is undone ({0} criteria).", restored],
    };

    /// <summary>Assigns one component to criteria (null unclassifies); reassignment keeps the former component in the history.</summary>
    public Task ClassifyAsync(IReadOnlyList<Criterion> criteria, Component? component, string? userId, ClassificationMethod method, int? suggestionRank, CancellationToken cancellationToken) =>
        ClassifyEachAsync([.. criteria.Select(c => (c, component, method, suggestionRank))], userId, cancellationToken);

    /// <summary>
    /// Gives each criterion its own component, typed or taken from a suggestion, as one change that
    /// a single undo reverts (one save of the board is one undo step).
    /// </summary>
    public async Task ClassifyEachAsync(
        IReadOnlyList<(Criterion Criterion, Component? Component, ClassificationMethod Method, int? SuggestionRank)> choices, string? userId, CancellationToken cancellationToken)
    {
        var now = Now;
        var batch = Guid.NewGuid();
        foreach (var (criterion, component, method, suggestionRank) in choices.Where(c => c.Criterion.ComponentId != c.Component?.Id))
        {
            var revision = Revision(criterion, batch, RevisionKind.Classified, userId, now, componentBefore: criterion.ComponentId, componentAfter: component?.Id);
            (revision.ClassifiedViaBefore, revision.SuggestionRankBefore, revision.ClassifiedByBefore, revision.ClassifiedAtBefore) =
                (criterion.ClassifiedVia, criterion.SuggestionRank, criterion.ClassifiedById, criterion.ClassifiedAt);
            db.CriterionRevisions.Add(revision);
            criterion.Classify(component, userId, now, method, suggestionRank);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Reverts the latest batch of changes this user made in the territory that is not undone yet; answers how many criteria changed back.</summary>
    public async Task<int> UndoLastAsync(int territoryId, string? userId, CancellationToken cancellationToken)
    {
        var batch = await db.CriterionRevisions
            .Where(r => r.TerritoryId == territoryId && r.UserId == userId && !r.Undone)
            .OrderByDescending(r => r.Id).Select(r => (Guid?)r.BatchId).FirstOrDefaultAsync(cancellationToken);
        if (batch is null)
        {
            return 0;
        }

        var revisions = await db.CriterionRevisions.Where(r => r.BatchId == batch).OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        var ids = revisions.Select(r => r.CriterionId).Distinct().ToList();
        var criteria = await db.Criteria.IgnoreQueryFilters().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var classifiers = revisions.Select(r => r.ClassifiedByBefore).OfType<string>().Distinct().ToList();
        var stillUsers = classifiers.Count == 0 ? [] : await db.Users.Where(u => classifiers.Contains(u.Id)).Select(u => u.Id).ToHashSetAsync(cancellationToken);
        var now = Now;
        foreach (var revision in revisions)
        {
            var criterion = criteria[revision.CriterionId];
            switch (revision.Kind)
            {
                case RevisionKind.Created:
                    criterion.DeletedAt = now;
                    break;
                case RevisionKind.Approved or RevisionKind.Rejected:
                    // A kiosk entry goes back to the approval queue (a corrected text has its own Edited revision).
                    criterion.Status = CriterionStatus.Pending;
                    break;
                case RevisionKind.Classified:
                    // The former classification comes back whole: component, method, suggestion rank, who and when.
                    criterion.ComponentId = revision.ComponentBefore;
                    criterion.ClassifiedVia = revision.ClassifiedViaBefore;
                    criterion.SuggestionRank = revision.SuggestionRankBefore;
                    criterion.ClassifiedById = revision.ClassifiedByBefore is { } by && stillUsers.Contains(by) ? by : null;
                    criterion.ClassifiedAt = revision.ClassifiedAtBefore;
                    break;
                default:
                    if (revision.TextBefore is not null)
                    {
                        criterion.Text = revision.TextBefore;
                    }

                    if (revision.DeletedBefore is false)
                    {
                        criterion.DeletedAt = null;
                    }

                    break;
            }

            criterion.UpdatedAt = now;
            revision.Undone = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        return ids.Count;
    }

    /// <summary>The component with this code in the current grid, or null.</summary>
    public Task<Component?> FindCurrentComponentAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return db.Components.Include(c => c.Family)
            .Where(c => c.Code == normalized && db.GridVersions.Any(v => v.IsCurrent && v.Id == c.Family!.GridVersionId))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The components of the current grid among these codes, in one query, by code whatever its case.</summary>
    public async Task<Dictionary<string, Component>> FindCurrentComponentsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var normalized = codes.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        var found = await db.Components.Include(c => c.Family)
            .Where(c => normalized.Contains(c.Code) && db.GridVersions.Any(v => v.IsCurrent && v.Id == c.Family!.GridVersionId))
            .ToListAsync(cancellationToken);
        return found.DistinctBy(c => c.Code).ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>One revision of <paramref name="criterion"/>; every writer of criteria records its changes through it.</summary>
    internal static CriterionRevision Revision(
        Criterion criterion, Guid batch, RevisionKind kind, string? userId, DateTime now,
        string? textBefore = null, string? textAfter = null, int? componentBefore = null, int? componentAfter = null,
        bool? deletedBefore = null, bool? deletedAfter = null) => new()
        {
            CriterionId = criterion.Id,
            TerritoryId = criterion.TerritoryId,
            BatchId = batch,
            Kind = kind,
            TextBefore = textBefore,
            TextAfter = textAfter,
            ComponentBefore = componentBefore,
            ComponentAfter = componentAfter,
            DeletedBefore = deletedBefore,
            DeletedAfter = deletedAfter,
            UserId = userId,
            At = now,
        };
}
