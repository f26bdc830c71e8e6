using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>What a public kiosk page needs of its campaign.</summary>
public sealed record OpenKiosk(int Id, string Code, string Title, int TerritoryId, string TerritoryName, List<string> TerritoryLanguages, bool AsksFutureGenerations, int GroupId)
{
    /// <summary>The territory's languages first, then the other languages of the interface.</summary>
    public IReadOnlyList<string> OfferedLanguages => [.. TerritoryLanguages.Concat(Languages.Supported).Distinct(StringComparer.OrdinalIgnoreCase)];

    public bool Offers(string? language) => language is not null && OfferedLanguages.Contains(language, StringComparer.Ordinal);
}

/// <summary>Takes citizens' answers at a kiosk: they become pending criteria of the campaign's group, with nothing about who wrote them.</summary>
public sealed class KioskService(OpenSpiralDbContext db, TimeProvider clock)
{
    public const int MaxIdeasPerAnswer = 30;

    public Task<OpenKiosk?> FindOpenAsync(string code, CancellationToken cancellationToken) =>
        db.KioskCampaigns.AsNoTracking()
            .Where(k => k.Code == code && k.IsOpen)
            .Select(k => new OpenKiosk(k.Id, k.Code, k.Title, k.TerritoryId, k.Group!.Territory!.Name, k.Group.Territory.Languages, k.Group.Territory.AsksFutureGenerations, k.GroupId))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The ideas of one answer: one per line, blank lines ignored.</summary>
    public static List<string> Ideas(string? text) =>
        [.. (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    public async Task<int> AddAsync(OpenKiosk kiosk, Question question, string language, IReadOnlyList<string> ideas, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Criteria.AddRange(ideas.Select(text => new Criterion
        {
            TerritoryId = kiosk.TerritoryId,
            GroupId = kiosk.GroupId,
            Text = text,
            Language = language,
            Question = question,
            Status = CriterionStatus.Pending,
            Source = CriterionSource.Kiosk,
            KioskCampaignId = kiosk.Id,
            CreatedAt = now,
            UpdatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return ideas.Count;
    }
}
