using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>One question at a time: the citizen writes as many ideas as they like, one per line.</summary>
public sealed class AnswerModel(KioskService kiosks, IOptions<KioskOptions> options, QuestionWording wording, IStringLocalizer<SharedResource> l)
    : KioskPage(kiosks, options)
{
    [BindProperty]
    public string? Ideas { get; set; }

    public string Language { get; private set; } = "";
    public IReadOnlyList<QuestionText> Questions { get; private set; } = [];
    public QuestionText Current { get; private set; } = null!;
    public int Number { get; private set; }
    public int Added { get; private set; }

    public string? PreviousLink => Number > 1 ? LinkTo(Questions[Number - 2].Question) : null;

    public string NextLink => Number < Questions.Count ? LinkTo(Questions[Number].Question) : Link($"{StartUrl}/thanks", Language);

    public async Task<IActionResult> OnGetAsync(string code, string? culture, Question? question, int? added, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, culture, question, cancellationToken))
        {
            return Kiosk is null ? Page() : Redirect(StartUrl);
        }

        Added = Math.Clamp(added ?? 0, 0, KioskService.MaxIdeasPerAnswer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string? culture, Question? question, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, culture, question, cancellationToken))
        {
            return Kiosk is null ? Page() : Redirect(StartUrl);
        }

        var ideas = KioskService.Ideas(Ideas);
        if (ideas.Count == 0)
        {
            ModelState.AddModelError(nameof(Ideas), l["Write at least one idea, or choose \"Skip this question\"."]);
        }
        else if (ideas.Count > KioskService.MaxIdeasPerAnswer)
        {
            ModelState.AddModelError(nameof(Ideas), l["Please send at most {0} ideas at a time.", KioskService.MaxIdeasPerAnswer]);
        }
        else if (ideas.Any(i => i.Length > Criterion.MaxTextLength))
        {
            ModelState.AddModelError(nameof(Ideas), l["Each idea can have at most {0} characters. Please put long ideas on several lines.", Criterion.MaxTextLength]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var count = await Kiosks.AddAsync(Kiosk!, Current.Question, Language, ideas, cancellationToken);
        var next = Number < Questions.Count
            ? Link($"{StartUrl}/answer", Language, ("question", Questions[Number].Question.ToString()), ("added", count.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : Link($"{StartUrl}/thanks", Language, ("added", count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Redirect(next);
    }

    private async Task<bool> LoadAsync(string code, string? culture, Question? question, CancellationToken cancellationToken)
    {
        if (!await FindAsync(code, cancellationToken) || !Kiosk!.Offers(culture))
        {
            return false;
        }

        Language = culture!;
        Questions = await wording.ForLanguageAsync(Kiosk.TerritoryId, Kiosk.AsksFutureGenerations, Language, Languages.Current, cancellationToken);
        var index = Questions.ToList().FindIndex(q => q.Question == (question ?? Question.Q1));
        if (index < 0)
        {
            return false;
        }

        Current = Questions[index];
        Number = index + 1;
        return true;
    }

    private string LinkTo(Question question) => Link($"{StartUrl}/answer", Language, ("question", question.ToString()));
}
