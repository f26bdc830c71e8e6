using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Grid;

/// <summary>Reads the current grid and imports or exports grid versions in the JSON exchange format.</summary>
public sealed partial class GridService(OpenSpiralDbContext db, TimeProvider clock, IMemoryCache cache)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public const int MaxImportBytes = 2 * 1024 * 1024;

    [GeneratedRegex("^[A-Z]$")]
    private static partial Regex FamilyCode();

    [GeneratedRegex("^[A-Z][0-9]{2}$")]
    private static partial Regex ComponentCode();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();

    private const string CacheKey = "grid:current";

    /// <summary>
    /// The current grid with its texts. It is reference data read by most pages, so it is cached for
    /// a few minutes and dropped at once when this instance changes it (<see cref="Invalidate"/>).
    /// Callers must not modify the returned graph.
    /// </summary>
    public async Task<GridVersion?> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out GridVersion? cached))
        {
            return cached;
        }

        var version = await db.GridVersions.AsNoTracking()
            .Where(v => v.IsCurrent)
            .Include(v => v.Families.OrderBy(f => f.SortOrder)).ThenInclude(f => f.Texts)
            .Include(v => v.Families).ThenInclude(f => f.Components.OrderBy(c => c.SortOrder)).ThenInclude(c => c.Texts)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (version is not null)
        {
            cache.Set(CacheKey, version, TimeSpan.FromMinutes(5));
        }

        return version;
    }

    public void Invalidate() => cache.Remove(CacheKey);

    public static GridDocument ToDocument(GridVersion version) => new(
        version.Name,
        version.Version,
        [.. version.Families.OrderBy(f => f.SortOrder).Select(f => new GridDocument.FamilyDocument(
            f.Code,
            f.Texts.OrderBy(t => t.Language, StringComparer.Ordinal).ToDictionary(t => t.Language, t => t.Name),
            f.Texts.OrderBy(t => t.Language, StringComparer.Ordinal).ToDictionary(t => t.Language, t => t.Description),
            [.. f.Components.OrderBy(c => c.SortOrder).Select(c => new GridDocument.ComponentDocument(
                c.Code,
                c.Texts.OrderBy(t => t.Language, StringComparer.Ordinal).ToDictionary(t => t.Language, t => t.Name),
                c.Texts.OrderBy(t => t.Language, StringComparer.Ordinal).ToDictionary(t => t.Language, t => t.Description)))]))]);

    /// <summary>Lists every problem of a grid document; an empty list means it can be imported.</summary>
    public static List<string> Validate(GridDocument? document, IStringLocalizer l)
    {
        var errors = new List<string>();
        if (document is null)
        {
            errors.Add(l["The file is not a grid in the OpenSpiral JSON format."]);
            return errors;
        }

        if (string.IsNullOrWhiteSpace(document.Name) || document.Name.Length > 120)
        {
            errors.Add(l["The grid needs a name of at most 120 characters."]);
        }

        if (string.IsNullOrWhiteSpace(document.Version) || document.Version.Length > 40)
        {
            errors.Add(l["The grid needs a version of at most 40 characters."]);
        }

        if (document.Families is not { Count: > 0 })
        {
            errors.Add(l["The grid has no family."]);
            return errors;
        }

        var familyCodes = new HashSet<string>(StringComparer.Ordinal);
        var componentCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var family in document.Families)
        {
            if (family.Code is null || !FamilyCode().IsMatch(family.Code))
            {
                errors.Add(l["Family code {0} must be one capital letter.", family.Code ?? ""]);
            }
            else if (!familyCodes.Add(family.Code))
            {
                errors.Add(l["{0} appears twice.", family.Code]);
            }

            ValidateTexts(family.Code, family.Names, family.Descriptions, errors, l);
            foreach (var component in family.Components ?? [])
            {
                if (component.Code is null || !ComponentCode().IsMatch(component.Code) || family.Code is null || !component.Code.StartsWith(family.Code, StringComparison.Ordinal))
                {
                    errors.Add(l["Component code {0} must be its family's letter followed by two digits.", component.Code ?? ""]);
                }
                else if (!componentCodes.Add(component.Code))
                {
                    errors.Add(l["{0} appears twice.", component.Code]);
                }

                ValidateTexts(component.Code, component.Names, component.Descriptions, errors, l);
            }
        }

        return errors;
    }

    private static void ValidateTexts(string? owner, Dictionary<string, string>? names, Dictionary<string, string>? descriptions, List<string> errors, IStringLocalizer l)
    {
        if (names is not { Count: > 0 })
        {
            errors.Add(l["{0} has no name.", owner ?? ""]);
            return;
        }

        foreach (var (language, name) in names)
        {
            if (!LanguageCode().IsMatch(language))
            {
                errors.Add(l["{0}: {1} is not a language code such as en or fr.", owner ?? "", language]);
            }

            if (string.IsNullOrWhiteSpace(name) || name.Length > 160)
            {
                errors.Add(l["{0}: the {1} name must have 1 to 160 characters.", owner ?? "", language]);
            }
        }

        foreach (var (language, description) in descriptions ?? [])
        {
            if (description?.Length > 1000)
            {
                errors.Add(l["{0}: the {1} description is longer than 1000 characters.", owner ?? "", language]);
            }
        }
    }

    /// <summary>Stores a validated document as a new grid version and makes it current, in one transaction.</summary>
    public async Task<GridVersion> ImportAsync(GridDocument document, CancellationToken cancellationToken = default)
    {
        var version = new GridVersion
        {
            Name = document.Name.Trim(),
            Version = document.Version.Trim(),
            IsCurrent = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Families = [.. document.Families.Select((f, i) => new Family
            {
                Code = f.Code,
                SortOrder = i,
                Texts = [.. f.Names.Select(n => new FamilyText { Language = n.Key, Name = n.Value.Trim(), Description = f.Descriptions?.GetValueOrDefault(n.Key)?.Trim() ?? "" })],
                Components = [.. (f.Components ?? []).Select((c, j) => new Component
                {
                    Code = c.Code,
                    SortOrder = j,
                    Texts = [.. c.Names.Select(n => new ComponentText { Language = n.Key, Name = n.Value.Trim(), Description = c.Descriptions?.GetValueOrDefault(n.Key)?.Trim() ?? "" })],
                })],
            })],
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.GridVersions.Where(v => v.IsCurrent).ExecuteUpdateAsync(s => s.SetProperty(v => v.IsCurrent, false), cancellationToken);
        db.GridVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Invalidate();
        return version;
    }

    public static GridDocument LoadDefault()
    {
        using var stream = typeof(GridService).Assembly.GetManifestResourceStream("OpenSpiral.Web.default-grid.json")
            ?? throw new InvalidOperationException("The default grid resource is missing.");
        return JsonSerializer.Deserialize<GridDocument>(stream, JsonOptions) ?? throw new InvalidOperationException("The default grid is empty.");
    }
}
