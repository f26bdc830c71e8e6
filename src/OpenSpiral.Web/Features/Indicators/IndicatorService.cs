using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Indicators;

/// <summary>
/// Writes indicators for the pages and the API alike. Every change is checked against the version
/// the writer read (a stale one changes nothing), bumps that version and leaves an
/// <see cref="IndicatorRevision"/> holding who, when, what and the indicator as it stood after it.
/// </summary>
public sealed class IndicatorService(OpenSpiralDbContext db, IndicatorChecks checks, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task<IndicatorOutcome> CreateAsync(int territoryId, IndicatorInput input, string? userId, CancellationToken cancellationToken)
    {
        var languages = await TerritoryLanguagesAsync(territoryId, cancellationToken);
        var checkedInput = await checks.CheckAsync(territoryId, languages, null, null, input, cancellationToken);
        if (checkedInput.Errors.Count > 0)
        {
            return IndicatorOutcome.Invalid(checkedInput.Errors);
        }

        var now = Now;
        var indicator = new Indicator
        {
            TerritoryId = territoryId,
            Title = input.Title!.Trim(),
            Language = checkedInput.Language,
            Status = input.Status ?? IndicatorStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            ValidatedAt = input.Status == IndicatorStatus.Validated ? now : null,
            Components = [.. checkedInput.Components.Select(c => new IndicatorComponent { ComponentId = c.Id, Component = c })],
            Levels = [.. Enumerable.Range(1, Indicator.LevelCount).Select(level => new IndicatorLevel { Level = level, Statement = checkedInput.Statement(level) })],
            Translations = [.. (input.Translations ?? []).Select(t => new IndicatorTranslation
            {
                Language = t.Language!.Trim().ToLowerInvariant(),
                Title = t.Title!.Trim(),
                Statements = IndicatorChecks.Statements(t.Levels),
            })],
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(cancellationToken);
        Record(indicator, IndicatorChange.Created, null, userId, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return IndicatorOutcome.Done(indicator.Id);
    }

    /// <summary>Replaces the main text, components, status, level sources (when given) and translations (when given).</summary>
    public async Task<IndicatorOutcome> UpdateAsync(int indicatorId, IndicatorInput input, string? userId, CancellationToken cancellationToken)
    {
        var current = await db.Indicators.Where(i => i.Id == indicatorId).Select(i => new { i.TerritoryId, i.Language }).FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return IndicatorOutcome.Missing;
        }

        var languages = await TerritoryLanguagesAsync(current.TerritoryId, cancellationToken);
        var checkedInput = await checks.CheckAsync(current.TerritoryId, languages, indicatorId, current.Language, input, cancellationToken);
        if (checkedInput.Errors.Count > 0)
        {
            return IndicatorOutcome.Invalid(checkedInput.Errors);
        }

        return await ChangeAsync(indicatorId, input.Version!.Value, userId, indicator =>
        {
            var changes = new List<(IndicatorChange, string?)>();
            var title = input.Title!.Trim();
            var mainChanged = indicator.Title != title || indicator.Language != checkedInput.Language
                || indicator.Levels.Any(level => level.Statement != checkedInput.Statement(level.Level));
            var wanted = checkedInput.Components.Select(c => c.Id).ToHashSet();
            var componentsChanged = !wanted.SetEquals(indicator.Components.Select(c => c.ComponentId));
            var sourcesChanged = false;
            (indicator.Title, indicator.Language) = (title, checkedInput.Language);
            indicator.Components.RemoveAll(c => !wanted.Contains(c.ComponentId));
            indicator.Components.AddRange(checkedInput.Components.Where(c => indicator.Components.All(k => k.ComponentId != c.Id))
                .Select(c => new IndicatorComponent { ComponentId = c.Id, Component = c }));
            // An indicator made elsewhere with missing levels gets them here.
            indicator.Levels.AddRange(Enumerable.Range(1, Indicator.LevelCount).Where(n => indicator.Levels.All(x => x.Level != n)).Select(n => new IndicatorLevel { Level = n }));
            foreach (var level in indicator.Levels)
            {
                level.Statement = checkedInput.Statement(level.Level);
                if (input.Levels!.First(x => x.Level == level.Level).CriterionIds is { } ids)
                {
                    var set = ids.ToHashSet();
                    sourcesChanged |= !set.SetEquals(level.Sources.Select(s => s.CriterionId));
                    level.Sources.RemoveAll(s => !set.Contains(s.CriterionId));
                    level.Sources.AddRange(set.Where(id => level.Sources.All(s => s.CriterionId != id)).Select(id => new IndicatorLevelSource { CriterionId = id }));
                }
            }

            if (mainChanged || componentsChanged || sourcesChanged)
            {
                changes.Add((IndicatorChange.Edited, null));
            }

            changes.AddRange(ReplaceTranslations(indicator, input.Translations, mainChanged));
            if (input.Status is { } status && status != indicator.Status)
            {
                changes.Add(SetStatus(indicator, status));
            }

            return changes;
        }, cancellationToken);
    }

    /// <summary>Validates the indicator or returns it to draft (validating needs the five statements).</summary>
    public async Task<IndicatorOutcome> SetStatusAsync(int indicatorId, IndicatorStatus status, int version, string? userId, CancellationToken cancellationToken)
    {
        if (status == IndicatorStatus.Validated)
        {
            var statements = await db.IndicatorLevels.Where(level => level.IndicatorId == indicatorId).Select(level => level.Statement).ToListAsync(cancellationToken);
            if (statements.Count != Indicator.LevelCount || statements.Any(string.IsNullOrWhiteSpace))
            {
                return IndicatorOutcome.Invalid(new() { ["status"] = [l["A validated indicator needs a statement for each of the five levels."]] });
            }
        }

        return await ChangeAsync(indicatorId, version, userId, indicator =>
            indicator.Status == status ? [] : [SetStatus(indicator, status)], cancellationToken);
    }

    /// <summary>Writes (or, with an empty title and statements, removes) the translation into one of the territory's other languages.</summary>
    public async Task<IndicatorOutcome> SaveTranslationAsync(int indicatorId, TranslationInput input, int version, string? userId, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.AsNoTracking().Where(i => i.Id == indicatorId)
            .Select(i => new { i.TerritoryId, i.Language, Others = i.Translations.Select(t => t.Language).ToList() }).FirstOrDefaultAsync(cancellationToken);
        if (indicator is null)
        {
            return IndicatorOutcome.Missing;
        }

        var language = input.Language?.Trim().ToLowerInvariant() ?? "";
        var removing = string.IsNullOrWhiteSpace(input.Title) && (input.Levels ?? []).All(x => string.IsNullOrWhiteSpace(x.Statement));
        var errors = new Dictionary<string, string[]>();
        var languages = await TerritoryLanguagesAsync(indicator.TerritoryId, cancellationToken);
        if (!removing)
        {
            checks.CheckTranslation(languages, indicator.Language, input, "", errors);
        }

        if (errors.Count > 0)
        {
            return IndicatorOutcome.Invalid(errors);
        }

        return await ChangeAsync(indicatorId, version, userId, tracked =>
        {
            var others = tracked.Translations.Where(t => t.Language != language)
                .Select(t => new TranslationInput(t.Language, t.Title, [.. t.Statements.Select((s, i) => new LevelInput(i + 1, s))]));
            return ReplaceTranslations(tracked, [.. others, .. removing ? [] : new[] { input }], mainChanged: false);
        }, cancellationToken);
    }

    /// <summary>Sorts criteria into categories, all or nothing: each must be a criterion of the territory classified in one of the indicator's components.</summary>
    public async Task<IndicatorOutcome> SortAsync(int indicatorId, IReadOnlyList<SortItem>? items, string? userId, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.AsNoTracking().Where(i => i.Id == indicatorId)
            .Select(i => new { i.TerritoryId, i.Version, Components = i.Components.Select(c => c.ComponentId).ToList() }).FirstOrDefaultAsync(cancellationToken);
        if (indicator is null)
        {
            return IndicatorOutcome.Missing;
        }

        var errors = await checks.CheckSortAsync(indicator.TerritoryId, indicator.Components, items, cancellationToken);
        if (errors.Count > 0)
        {
            return IndicatorOutcome.Invalid(errors);
        }

        var wanted = items!.ToDictionary(i => i.CriterionId, i => i.Category);
        var ids = wanted.Keys.ToList();
        var existing = await db.IndicatorCriteria.AsNoTracking().Where(c => c.IndicatorId == indicatorId && ids.Contains(c.CriterionId))
            .ToDictionaryAsync(c => c.CriterionId, c => c.Category, cancellationToken);
        if (wanted.All(w => existing.TryGetValue(w.Key, out var category) ? category == w.Value : w.Value is null))
        {
            return IndicatorOutcome.Done(indicatorId);
        }

        return await ChangeAsync(indicatorId, indicator.Version, userId, tracked =>
        {
            tracked.Criteria.RemoveAll(c => wanted.TryGetValue(c.CriterionId, out var category) && category is null);
            foreach (var (criterionId, category) in wanted.Where(w => w.Value is not null))
            {
                if (tracked.Criteria.Find(c => c.CriterionId == criterionId) is { } row)
                {
                    row.Category = category;
                }
                else
                {
                    tracked.Criteria.Add(new IndicatorCriterion { CriterionId = criterionId, Category = category });
                }
            }

            return [(IndicatorChange.CriteriaSorted, null)];
        }, cancellationToken, includeCriteria: true);
    }

    /// <summary>Deletes an indicator unless a survey asks it (answers false then: the survey's answers would lose their question).</summary>
    public async Task<bool> DeleteAsync(int indicatorId, CancellationToken cancellationToken)
    {
        if (await db.SurveyIndicators.AnyAsync(s => s.IndicatorId == indicatorId, cancellationToken))
        {
            return false;
        }

        await db.Indicators.Where(i => i.Id == indicatorId).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    /// <summary>Whether a survey asks this indicator (then it cannot be deleted).</summary>
    public Task<bool> IsInSurveyAsync(int indicatorId, CancellationToken cancellationToken) =>
        db.SurveyIndicators.AnyAsync(s => s.IndicatorId == indicatorId, cancellationToken);

    /// <summary>Copies a validated indicator of a sharing territory into <paramref name="territoryId"/> as a draft that remembers its origin.</summary>
    public async Task<IndicatorOutcome> CopyAsync(int sourceId, int territoryId, string? userId, CancellationToken cancellationToken)
    {
        var source = await db.Indicators.AsNoTracking().Include(i => i.Components).ThenInclude(c => c.Component).Include(i => i.Levels).Include(i => i.Translations)
            .Where(i => i.Id == sourceId && i.Status == IndicatorStatus.Validated && db.Territories.Any(t => t.Id == i.TerritoryId && t.SharesCriteriaWithNetwork))
            .AsSplitQuery().FirstOrDefaultAsync(cancellationToken);
        if (source is null)
        {
            return IndicatorOutcome.Missing;
        }

        var origin = await db.Territories.Where(t => t.Id == source.TerritoryId).Select(t => t.Name).FirstAsync(cancellationToken);
        var now = Now;
        var copy = new Indicator
        {
            TerritoryId = territoryId,
            Title = source.Title,
            Language = source.Language,
            CopiedFromId = source.Id,
            CopiedFromTerritory = origin,
            CreatedAt = now,
            UpdatedAt = now,
            Components = [.. source.Components.Select(c => new IndicatorComponent { ComponentId = c.ComponentId, Component = c.Component })],
            Levels = [.. source.Levels.Select(x => new IndicatorLevel { Level = x.Level, Statement = x.Statement })],
            Translations = [.. source.Translations.Select(t => new IndicatorTranslation { Language = t.Language, Title = t.Title, Statements = [.. t.Statements], Outdated = t.Outdated })],
        };
        foreach (var component in copy.Components)
        {
            db.Entry(component.Component!).State = EntityState.Unchanged;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Indicators.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        Record(copy, IndicatorChange.Copied, null, userId, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return IndicatorOutcome.Done(copy.Id);
    }

    private async Task<IndicatorOutcome> ChangeAsync(
        int indicatorId, int version, string? userId, Func<Indicator, List<(IndicatorChange Change, string? Language)>> apply, CancellationToken cancellationToken, bool includeCriteria = false)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Taking the version first, in one statement, makes two writers of the same version exclusive.
        var taken = await db.Indicators.Where(i => i.Id == indicatorId && i.Version == version)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Version, version + 1), cancellationToken);
        if (taken == 0)
        {
            var current = await db.Indicators.Where(i => i.Id == indicatorId).Select(i => (int?)i.Version).FirstOrDefaultAsync(cancellationToken);
            return current is null ? IndicatorOutcome.Missing : IndicatorOutcome.StaleAt(current.Value);
        }

        IQueryable<Indicator> query = db.Indicators.AsSplitQuery().Include(i => i.Components).ThenInclude(c => c.Component)
            .Include(i => i.Levels).ThenInclude(x => x.Sources).Include(i => i.Translations);
        var indicator = await (includeCriteria ? query.Include(i => i.Criteria) : query).FirstAsync(i => i.Id == indicatorId, cancellationToken);
        var changes = apply(indicator);
        if (changes.Count == 0)
        {
            // Nothing changed: the version stays as the writer read it.
            await transaction.RollbackAsync(cancellationToken);
            return IndicatorOutcome.Done(indicatorId);
        }

        var now = Now;
        indicator.UpdatedAt = now;
        foreach (var (change, language) in changes)
        {
            Record(indicator, change, language, userId, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return IndicatorOutcome.Done(indicatorId);
    }

    private (IndicatorChange, string?) SetStatus(Indicator indicator, IndicatorStatus status)
    {
        indicator.Status = status;
        indicator.ValidatedAt = status == IndicatorStatus.Validated ? Now : null;
        return (status == IndicatorStatus.Validated ? IndicatorChange.Validated : IndicatorChange.ReturnedToDraft, null);
    }

    /// <summary>
    /// Brings the translations in line with <paramref name="wanted"/> (null keeps them). A translation
    /// written now is current; one left as it was becomes outdated when the main text changed.
    /// </summary>
    private static List<(IndicatorChange, string?)> ReplaceTranslations(Indicator indicator, IReadOnlyList<TranslationInput>? wanted, bool mainChanged)
    {
        var changes = new List<(IndicatorChange, string?)>();
        if (wanted is null)
        {
            indicator.Translations.ForEach(t => t.Outdated |= mainChanged);
            return changes;
        }

        var byLanguage = wanted.ToDictionary(t => t.Language!.Trim().ToLowerInvariant(), StringComparer.Ordinal);
        foreach (var removed in indicator.Translations.Where(t => !byLanguage.ContainsKey(t.Language)).ToList())
        {
            indicator.Translations.Remove(removed);
            changes.Add((IndicatorChange.TranslationDeleted, removed.Language));
        }

        foreach (var (language, input) in byLanguage)
        {
            var title = input.Title!.Trim();
            var statements = IndicatorChecks.Statements(input.Levels);
            var existing = indicator.Translations.Find(t => t.Language == language);
            if (existing is null)
            {
                indicator.Translations.Add(new IndicatorTranslation { Language = language, Title = title, Statements = statements });
                changes.Add((IndicatorChange.TranslationSaved, language));
            }
            else if (existing.Title != title || !existing.Statements.SequenceEqual(statements))
            {
                (existing.Title, existing.Statements, existing.Outdated) = (title, statements, false);
                changes.Add((IndicatorChange.TranslationSaved, language));
            }
            else
            {
                existing.Outdated |= mainChanged;
            }
        }

        return changes;
    }

    private void Record(Indicator indicator, IndicatorChange change, string? language, string? userId, DateTime now) =>
        db.IndicatorRevisions.Add(new IndicatorRevision
        {
            IndicatorId = indicator.Id,
            TerritoryId = indicator.TerritoryId,
            Change = change,
            Language = language,
            UserId = userId,
            At = now,
            Snapshot = JsonSerializer.Serialize(IndicatorReader.ToResponse(indicator), SnapshotJson),
        });

    /// <summary>The indicator as a revision kept it.</summary>
    public static IndicatorResponse? ReadSnapshot(string snapshot) => JsonSerializer.Deserialize<IndicatorResponse>(snapshot, SnapshotJson);

    private Task<List<string>> TerritoryLanguagesAsync(int territoryId, CancellationToken cancellationToken) =>
        db.Territories.Where(t => t.Id == territoryId).Select(t => t.Languages).FirstAsync(cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

/// <summary>What a write came to: done (with the indicator's id), refused with field errors, stale (another change came first), or no such indicator.</summary>
public sealed record IndicatorOutcome(int? Id, Dictionary<string, string[]> Errors, int? CurrentVersion, bool NotFound)
{
    public static readonly IndicatorOutcome Missing = new(null, [], null, true);

    public static IndicatorOutcome Done(int id) => new(id, [], null, false);

    public static IndicatorOutcome Invalid(Dictionary<string, string[]> errors) => new(null, errors, null, false);

    public static IndicatorOutcome StaleAt(int currentVersion) => new(null, [], currentVersion, false);

    public bool Stale => CurrentVersion is not null;
}
