using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>
/// Facilitators type in returned paper questionnaires, one form after another: one digit per box
/// (empty: skipped), saved as paper answers that count like online ones. The hidden submission key
/// makes a form sent twice count once.
/// </summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class PaperEntryModel(SurveyAnswerSheets sheets, SurveySubmissions submissions, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    [BindProperty]
    public List<SurveyAnswerField>? Answers { get; set; }

    [BindProperty]
    public Dictionary<string, string?>? Profile { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    public SurveyAnswerSheet Sheet { get; private set; } = null!;
    public SurveyAvailability Availability { get; private set; }

    /// <summary>The number of the questionnaire just saved, for the confirmation.</summary>
    public int? Saved { get; private set; }

    public int PaperCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int surveyId, int? saved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, surveyId, cancellationToken))
        {
            return NotFound();
        }

        Saved = saved is > 0 ? saved : null;
        Key = SurveySubmissions.NewKey();
        Answers = [.. Sheet.Indicators.Select(i => new SurveyAnswerField { IndicatorId = i.Id })];
        PaperCount = await submissions.CountAsync(surveyId, ResponseChannel.Paper, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int surveyId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, surveyId, cancellationToken))
        {
            return NotFound();
        }

        Answers ??= [];
        Profile = (Profile ?? []).Where(p => Sheet.Questions.Any(q => q.Key == p.Key)).ToDictionary();
        var answers = new List<SubmittedAnswer>();
        for (var i = 0; i < Answers.Count; i++)
        {
            var current = Level(Answers[i].Current, $"Answers[{i}].Current");
            var wished = Level(Answers[i].Wished, $"Answers[{i}].Wished");
            if (current is not null || wished is not null)
            {
                answers.Add(new SubmittedAnswer(Answers[i].IndicatorId, current, wished));
            }
        }

        if (ModelState.IsValid && Availability == SurveyAvailability.Open)
        {
            var key = Key is { Length: > 0 and <= SurveySubmissions.MaxKeyLength } ? Key : SurveySubmissions.NewKey();
            var result = await submissions.SubmitAsync(Sheet.Rules, new SurveySubmission(answers, Profile), ResponseChannel.Paper, key, cancellationToken);
            if (result.Stored)
            {
                var count = await submissions.CountAsync(surveyId, ResponseChannel.Paper, cancellationToken);
                return RedirectToPage(new { slug, surveyId, saved = count });
            }

            SurveyAnswerForm.AddErrors(ModelState, result.Errors.Select(e => e with { Field = e.Field.StartsWith("answers[", StringComparison.Ordinal) ? PostedField(e.Field, answers) : e.Field }));
        }

        PaperCount = await submissions.CountAsync(surveyId, ResponseChannel.Paper, cancellationToken);
        return Page();
    }

    public string ProfileLabel(ProfileQuestionKind kind, string option) => SurveyProfileOptions.Text(l, kind, option);

    private int? Level(string? text, string field)
    {
        if (SurveyAnswerForm.TryLevel(text, out var level))
        {
            return level;
        }

        ModelState.AddModelError(field, l["Type one digit from 1 to 5, or leave the box empty if the question was skipped."]);
        return null;
    }

    private string PostedField(string field, List<SubmittedAnswer> sent)
    {
        var close = field.IndexOf(']', StringComparison.Ordinal);
        var index = int.Parse(field[8..close], System.Globalization.CultureInfo.InvariantCulture);
        return $"answers[{Answers!.FindIndex(a => a.IndicatorId == sent[index].IndicatorId)}]{field[(close + 1)..]}";
    }

    private async Task<bool> LoadAsync(string slug, int surveyId, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is not { } territory)
        {
            return false;
        }

        var sheet = await sheets.LoadAsync(null, surveyId, offered => SurveyAnswerSheet.ChooseLanguage(offered, Languages.Current), cancellationToken);
        if (sheet is null || sheet.Rules.TerritoryId != territory.Id)
        {
            return false;
        }

        Sheet = sheet;
        Availability = submissions.AvailabilityOf(sheet.Rules);
        return true;
    }
}
