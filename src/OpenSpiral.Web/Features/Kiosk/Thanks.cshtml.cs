using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>The last screen: thanks, and what happens next to the ideas.</summary>
public sealed class ThanksModel(KioskService kiosks, IOptions<KioskOptions> options) : KioskPage(kiosks, options)
{
    public int Added { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int? added, CancellationToken cancellationToken)
    {
        await FindAsync(code, cancellationToken);
        Added = Math.Clamp(added ?? 0, 0, KioskService.MaxIdeasPerAnswer);
        return Page();
    }
}
