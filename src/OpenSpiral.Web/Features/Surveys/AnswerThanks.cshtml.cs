using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>After the answers are saved: thanks, what becomes of them, and a fresh form for the next person.</summary>
[AllowAnonymous]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class AnswerThanksModel(SurveyAnswerSheets sheets) : PageModel
{
    public SurveyAnswerSheet? Sheet { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? culture, CancellationToken cancellationToken)
    {
        Sheet = await sheets.LoadAsync(code, null, offered => SurveyAnswerSheet.ChooseLanguage(offered, culture), cancellationToken);
        if (Sheet is null || Sheet.Rules.Status == SurveyStatus.Draft)
        {
            Sheet = null;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        ViewData["KioskName"] = Sheet.TerritoryName;
        return Page();
    }
}
