using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Grid;

namespace OpenSpiral.Web.Features.Indicators;

/// <summary>The rules an indicator's text, components, translations and sorting follow, with field errors named as the API's JSON names them.</summary>
public sealed class IndicatorChecks(OpenSpiralDbContext db, CriterionService criteria, IStringLocalizer<SharedResource> l)
{
    /// <summary>Checks a whole indicator (<paramref name="indicatorId"/> and <paramref name="currentLanguage"/> null: a new one).</summary>
    public async Task<CheckedIndicator> CheckAsync(int territoryId, IReadOnlyList<string> languages, int? indicatorId, string? currentLanguage, IndicatorInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (indicatorId is not null && input.Version is null)
        {
            errors["version"] = [l["Send the version you read, so that a newer change is not overwritten."]];
        }

        CheckTitle(input.Title, "title", errors);
        var language = string.IsNullOrWhiteSpace(input.Language) ? (languages.Count > 0 ? languages[0] : "en") : input.Language.Trim().ToLowerInvariant();
        // A copy from another territory keeps its language until someone rewrites it: saving it as it is stays possible.
        if (!languages.Contains(language) && language != currentLanguage)
        {
            errors["language"] = [l["{0} is not one of the territory's languages ({1}).", language, string.Join(", ", languages)]];
        }

        var components = new List<Component>();
        var codes = (input.Components ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        if (codes.Count == 0)
        {
            errors["components"] = [l["Choose at least one component."]];
        }
        else
        {
            var found = await criteria.FindCurrentComponentsAsync(codes, cancellationToken);
            var unknown = codes.Where(c => !found.ContainsKey(c)).ToList();
            if (unknown.Count > 0)
            {
                errors["components"] = [.. unknown.Select(c => l["{0} is not a component of the current grid.", c].Value)];
            }

            components = [.. codes.Where(found.ContainsKey).Select(c => found[c])];
        }

        var statements = new Dictionary<int, string>();
        if (CheckLevels(input.Levels, "levels", errors))
        {
            for (var i = 0; i < input.Levels!.Count; i++)
            {
                var level = input.Levels[i];
                statements[level.Level] = level.Statement?.Trim() ?? "";
                CheckStatement(level.Statement, $"levels[{i}].statement", errors);
                if (input.Status == IndicatorStatus.Validated && string.IsNullOrWhiteSpace(level.Statement))
                {
                    errors[$"levels[{i}].statement"] = [l["A validated indicator needs a statement for each of the five levels."]];
                }
            }

            await CheckSourcesAsync(indicatorId, input.Levels, errors, cancellationToken);
        }

        var seen = new HashSet<string>();
        for (var i = 0; i < (input.Translations?.Count ?? 0); i++)
        {
            var translation = input.Translations![i];
            CheckTranslation(languages, language, translation, $"translations[{i}].", errors);
            if (translation.Language is { } code && !seen.Add(code.Trim().ToLowerInvariant()))
            {
                errors[$"translations[{i}].language"] = [l["There is already a translation into this language."]];
            }
        }

        return new CheckedIndicator(errors, components, language, statements);
    }

    /// <summary>A translation: into another of the territory's languages than the main one, with a title and five statements.</summary>
    public void CheckTranslation(IReadOnlyList<string> languages, string mainLanguage, TranslationInput translation, string prefix, Dictionary<string, string[]> errors)
    {
        var code = translation.Language?.Trim().ToLowerInvariant() ?? "";
        if (code == mainLanguage || !languages.Contains(code))
        {
            errors[prefix + "language"] = [l["A translation goes into another of the territory's languages than the main text's ({0}).", string.Join(", ", languages.Where(x => x != mainLanguage))]];
        }

        CheckTitle(translation.Title, prefix + "title", errors);
        if (CheckLevels(translation.Levels, prefix + "levels", errors))
        {
            for (var i = 0; i < translation.Levels!.Count; i++)
            {
                var key = $"{prefix}levels[{i}].statement";
                CheckStatement(translation.Levels[i].Statement, key, errors);
                if (string.IsNullOrWhiteSpace(translation.Levels[i].Statement))
                {
                    errors[key] = [l["A translation needs a statement for each of the five levels."]];
                }
            }
        }
    }

    /// <summary>A bulk sort: 1 to <see cref="BulkEdit.MaxLines"/> distinct criteria of the territory, each classified in one of the components.</summary>
    public async Task<Dictionary<string, string[]>> CheckSortAsync(int territoryId, IReadOnlyList<int> components, IReadOnlyList<SortItem>? items, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (items is null || items.Count == 0)
        {
            errors["items"] = [l["Choose at least one criterion."]];
            return errors;
        }

        if (items.Count > BulkEdit.MaxLines)
        {
            errors["items"] = [l["At most {0} criteria at once: select fewer.", BulkEdit.MaxLines]];
            return errors;
        }

        var ids = items.Select(i => i.CriterionId).Distinct().ToList();
        var eligible = await db.Criteria.Where(c => ids.Contains(c.Id) && c.TerritoryId == territoryId && c.Status == CriterionStatus.Approved
                && c.ComponentId != null && components.Contains(c.ComponentId.Value))
            .Select(c => c.Id).ToHashSetAsync(cancellationToken);
        var seen = new HashSet<long>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!eligible.Contains(items[i].CriterionId))
            {
                errors[$"items[{i}].criterionId"] = [l["Criterion {0} is not a criterion of this territory classified in one of the indicator's components.", items[i].CriterionId]];
            }
            else if (!seen.Add(items[i].CriterionId))
            {
                errors[$"items[{i}].criterionId"] = [l["Criterion {0} is given twice.", items[i].CriterionId]];
            }
        }

        return errors;
    }

    /// <summary>The five statements in level order, from levels known to be 1 to 5 once each.</summary>
    public static List<string> Statements(IReadOnlyList<LevelInput>? levels) =>
        [.. (levels ?? []).OrderBy(x => x.Level).Select(x => x.Statement?.Trim() ?? "")];

    private void CheckTitle(string? title, string key, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            errors[key] = [l["Give the indicator a title."]];
        }
        else if (title.Trim().Length > Indicator.MaxTitleLength)
        {
            errors[key] = [l["A title has at most {0} characters.", Indicator.MaxTitleLength]];
        }
    }

    private void CheckStatement(string? statement, string key, Dictionary<string, string[]> errors)
    {
        if (statement is not null && statement.Trim().Length > Indicator.MaxStatementLength)
        {
            errors[key] = [l["A statement has at most {0} characters.", Indicator.MaxStatementLength]];
        }
    }

    private bool CheckLevels(List<LevelInput>? levels, string key, Dictionary<string, string[]> errors)
    {
        if (levels is null || levels.Count != Indicator.LevelCount || !levels.Select(x => x.Level).Order().SequenceEqual(Enumerable.Range(1, Indicator.LevelCount)))
        {
            errors[key] = [l["Give exactly five levels, numbered 1 to 5."]];
            return false;
        }

        return true;
    }

    private async Task CheckSourcesAsync(int? indicatorId, List<LevelInput> levels, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var wanted = levels.SelectMany(x => x.CriterionIds ?? []).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var sorted = indicatorId is null ? [] : await db.IndicatorCriteria
            .Where(c => c.IndicatorId == indicatorId && c.Category != null && wanted.Contains(c.CriterionId))
            .Select(c => c.CriterionId).ToHashSetAsync(cancellationToken);
        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i].CriterionIds?.FirstOrDefault(id => !sorted.Contains(id)) is { } stray and not 0)
            {
                errors[$"levels[{i}].criterionIds"] = [l["Criterion {0} is not among the criteria sorted for this indicator.", stray]];
            }
        }
    }
}

/// <summary>A checked indicator: its errors, or its components, language and statements by level.</summary>
public sealed record CheckedIndicator(Dictionary<string, string[]> Errors, List<Component> Components, string Language, Dictionary<int, string> Statements)
{
    public string Statement(int level) => Statements.GetValueOrDefault(level, "");
}
