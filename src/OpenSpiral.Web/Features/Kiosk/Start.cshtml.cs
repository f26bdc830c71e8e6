using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>The kiosk's first screen: a welcome and the choice of a language.</summary>
public sealed class StartModel(KioskService kiosks, IOptions<KioskOptions> options) : KioskPage(kiosks, options)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        await FindAsync(code, cancellationToken);
        return Page();
    }

    public string AnswerLink(string language) => Link($"{StartUrl}/answer", language, ("question", "Q1"));
}
