using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Feedback;

/// <summary>A printable poster with the short link and QR code of a group's public page.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class PosterModel(OpenSpiralDbContext db, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public PosterContent Poster { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int groupId, string? language, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var name = territory is null ? null : await db.Groups.Where(g => g.Id == groupId && g.TerritoryId == territory.Id).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken);
        var code = name is null ? null : await FeedbackLinks.EnsureCodeAsync(db, groupId, cancellationToken);
        if (code is null)
        {
            return NotFound();
        }

        var url = FeedbackLinks.Url(Request, code);
        var posterLanguage = PosterLanguage.Choose(language, territory!.Languages);
        Poster = PosterLanguage.In(posterLanguage, () => new PosterContent(
            l["What became of your words: {0}", name!],
            l["See the ideas you gave and how they were classified. Scan the code or type the address."],
            url,
            $"{FeedbackLinks.Path(code)}/qr.svg",
            l["QR code of {0}", url],
            posterLanguage));
        return Page();
    }
}
