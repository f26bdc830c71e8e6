using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>
/// The public survey page: every indicator's five situations, "where are you now" and "where would
/// you like to be", then the profile questions; anything may be skipped. Works without JavaScript;
/// the hidden submission key makes a refreshed, retried or double-clicked form count once.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SurveyAnswering.RateLimitPolicy)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class AnswerModel(SurveyAnswerSheets sheets, SurveySubmissions submissions, IStringLocalizer<SharedResource> l) : PageModel
{
    // Nullable so that a form with everything skipped is not "required" by MVC's implicit rule.
    [BindProperty]
    public List<SurveyAnswerField>? Answers { get; set; }

    [BindProperty]
    public Dictionary<string, string?>? Profile { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    public SurveyAnswerSheet? Sheet { get; private set; }
    public SurveyAvailability Availability { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? culture, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, culture, cancellationToken))
        {
            return Page();
        }

        if (!string.Equals(culture, Sheet!.Language, StringComparison.Ordinal))
        {
            // The language travels in the address (nothing but the antiforgery cookie is set), so that the
            // page, its form and the thank-you page speak the same one.
            return RedirectToPage(new { code, culture = Sheet.Language });
        }

        Key = SurveySubmissions.NewKey();
        Answers = [.. Sheet.Indicators.Select(i => new SurveyAnswerField { IndicatorId = i.Id })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string? culture, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, culture, cancellationToken))
        {
            return Page();
        }

        Answers ??= [];
        // With no Profile[...] field posted, MVC binds the dictionary from every other field: keep the survey's questions only.
        Profile = (Profile ?? []).Where(p => Sheet!.Questions.Any(q => q.Key == p.Key)).ToDictionary();
        var answers = new List<SubmittedAnswer>();
        for (var i = 0; i < Answers.Count; i++)
        {
            var field = Answers[i];
            var current = Level(field.Current, $"Answers[{i}].Current");
            var wished = Level(field.Wished, $"Answers[{i}].Wished");
            if (current is not null || wished is not null)
            {
                answers.Add(new SubmittedAnswer(field.IndicatorId, current, wished));
            }
        }

        if (ModelState.IsValid)
        {
            var result = await submissions.SubmitAsync(Sheet!.Rules, new SurveySubmission(answers, Profile), ResponseChannel.Online, Key is { Length: > 0 and <= SurveySubmissions.MaxKeyLength } ? Key : SurveySubmissions.NewKey(), cancellationToken);
            if (result.Stored)
            {
                return RedirectToPage("/Surveys/AnswerThanks", new { code, culture = Sheet.Language });
            }

            if (result.Outcome == SubmissionOutcome.NotAccepting)
            {
                SetUnavailable(result.Availability);
                return Page();
            }

            // Skipped questions were left out above: name the errors after the posted rows again.
            SurveyAnswerForm.AddErrors(ModelState, result.Errors.Select(e => e with { Field = PostedField(e.Field, answers) }));
        }

        return Page();
    }

    public string ProfileLabel(ProfileQuestionKind kind, string option) => SurveyProfileOptions.Text(l, kind, option);

    private int? Level(string? text, string field)
    {
        if (SurveyAnswerForm.TryLevel(text, out var level))
        {
            return level;
        }

        ModelState.AddModelError(field, l["Choose a level from 1 to 5, or skip the question."]);
        return null;
    }

    private string PostedField(string field, List<SubmittedAnswer> sent)
    {
        if (!field.StartsWith("answers[", StringComparison.Ordinal))
        {
            return field;
        }

        var close = field.IndexOf(']', StringComparison.Ordinal);
        var index = int.Parse(field[8..close], System.Globalization.CultureInfo.InvariantCulture);
        var posted = Answers!.FindIndex(a => a.IndicatorId == sent[index].IndicatorId);
        return $"answers[{posted}]{field[(close + 1)..]}";
    }

    private async Task<bool> LoadAsync(string code, string? culture, CancellationToken cancellationToken)
    {
        Sheet = await sheets.LoadAsync(code, null, offered => SurveyAnswerSheet.ChooseLanguage(offered, [culture, .. SurveyAnswerText.AcceptedLanguages(Request)]), cancellationToken);
        Availability = Sheet is null ? SurveyAvailability.Unknown : submissions.AvailabilityOf(Sheet.Rules);
        if (Availability != SurveyAvailability.Open)
        {
            SetUnavailable(Availability);
            return false;
        }

        ViewData["KioskName"] = Sheet!.TerritoryName;
        return true;
    }

    private void SetUnavailable(SurveyAvailability availability)
    {
        Availability = availability;
        Response.StatusCode = availability == SurveyAvailability.Closed ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
        if (Sheet is not null && availability != SurveyAvailability.Unknown)
        {
            ViewData["KioskName"] = Sheet.TerritoryName;
        }
    }
}
