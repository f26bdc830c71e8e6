using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Feedback;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>The last screen: thanks, what happens next to the ideas, and where the group's words can be seen again.</summary>
public sealed class ThanksModel(KioskService kiosks, IOptions<KioskOptions> options, OpenSpiralDbContext db) : KioskPage(kiosks, options)
{
    public int Added { get; private set; }

    /// <summary>The code of the group's public page, when the kiosk may link to it.</summary>
    public string? FeedbackCode { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int? added, CancellationToken cancellationToken)
    {
        if (await FindAsync(code, cancellationToken))
        {
            FeedbackCode = await db.Groups.AsNoTracking().Where(g => g.Id == Kiosk!.GroupId).Published()
                .Select(g => g.FeedbackCode).FirstOrDefaultAsync(cancellationToken);
        }

        Added = Math.Clamp(added ?? 0, 0, KioskService.MaxIdeasPerAnswer);
        return Page();
    }

    /// <summary>The group's page in the kiosk's language: the kiosk sets no cookie, so the language travels in the address.</summary>
    public string FeedbackLink => $"{FeedbackLinks.Path(FeedbackCode!)}?culture={Languages.Current}";

    public string FeedbackUrl => FeedbackLinks.Url(Request, FeedbackCode!);
}
