using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Feedback;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Ladder;

/// <summary>The eight rungs in one language, as the API answers them (a fixed set of eight, not a paged list).</summary>
public sealed record LadderRungsResponse(string Language, IReadOnlyList<LadderRung> Rungs);

/// <summary>One rung of the co-responsibility ladder as it reads in one language.</summary>
public sealed record LadderRung(int Rung, string Label, string Description, bool Custom);

/// <summary>
/// The rung labels in use: an administrator's wording in a language when there is one, else the
/// built-in text (the method publishes no exact labels, so every wording stays editable).
/// </summary>
public sealed class LadderRungs(OpenSpiralDbContext db, IStringLocalizer<SharedResource> l)
{
    /// <summary>The built-in labels and descriptions, rung 0 to 7 (resource keys, translated in the resx files).</summary>
    public static readonly (string Label, string Description)[] Defaults =
    [
        ("No involvement", "The action is decided and run without the people concerned; they are at most informed."),
        ("Consultation", "The people concerned are asked for their opinion, without a say in what is decided."),
        ("Apparent partnership", "Partners are named, but decisions and work stay with the carrier."),
        ("Formal engagement", "Partners commit in writing to a part of the action and to its follow-up."),
        ("Shared preparation", "Carriers, partners and citizens prepare the action together and share some of the work."),
        ("Co-decision", "Decisions are taken together; each party brings resources and answers for its part."),
        ("Co-management", "The action is run together day to day, with shared means and shared follow-up."),
        ("Full co-responsibility", "Co-governance, co-production and co-management together, often sealed by a multi-party contract."),
    ];

    /// <summary>The eight rungs in <paramref name="language"/> (the interface language when null).</summary>
    public async Task<IReadOnlyList<LadderRung>> InAsync(string? language, CancellationToken cancellationToken)
    {
        // Administrators may word the rungs in any language of the network; the built-in text exists in the interface's languages.
        var code = string.IsNullOrWhiteSpace(language) ? Languages.Current : language.Trim().ToLowerInvariant();
        var custom = await db.LadderRungLabels.AsNoTracking().Where(x => x.Language == code).ToDictionaryAsync(x => x.Rung, cancellationToken);
        return PosterLanguage.In(Languages.Normalize(code), () => Defaults.Select((d, rung) => custom.TryGetValue(rung, out var c)
            ? new LadderRung(rung, c.Label, c.Description, true)
            : new LadderRung(rung, l[d.Label].Value, l[d.Description].Value, false)).ToList());
    }

    /// <summary>The built-in wording of the rungs in <paramref name="language"/>.</summary>
    public IReadOnlyList<LadderRung> BuiltIn(string language) =>
        PosterLanguage.In(Languages.Normalize(language), () => Defaults.Select((d, rung) => new LadderRung(rung, l[d.Label].Value, l[d.Description].Value, false)).ToList());
}
