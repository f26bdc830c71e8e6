using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Criteria;

/// <summary>The questions a territory asks, in its own wording where it has one, else the standard wording.</summary>
public sealed class QuestionWording(OpenSpiralDbContext db, IStringLocalizer<SharedResource> l)
{
    public static readonly IReadOnlyDictionary<Question, string> Standard = new Dictionary<Question, string>
    {
        [Question.Q1] = "What is well-being for you?",
        [Question.Q2] = "What is ill-being for you?",
        [Question.Q3] = "What do you do, or could you do, for your well-being and that of others?",
        [Question.Q4] = "What must be done so that this well-being lasts for future generations?",
    };

    public static readonly IReadOnlyDictionary<Question, string> ShortNames = new Dictionary<Question, string>
    {
        [Question.Q1] = "Well-being",
        [Question.Q2] = "Ill-being",
        [Question.Q3] = "Action",
        [Question.Q4] = "Future generations",
    };

    public static IReadOnlyList<Question> Asked(bool asksFutureGenerations) =>
        asksFutureGenerations ? [Question.Q1, Question.Q2, Question.Q3, Question.Q4] : [Question.Q1, Question.Q2, Question.Q3];

    /// <summary>The questions asked in the territory (Q4 only when it asks about future generations), worded in <paramref name="language"/>.</summary>
    public async Task<IReadOnlyList<(Question Question, string Text)>> ForTerritoryAsync(int territoryId, string language, CancellationToken cancellationToken)
    {
        var asksFutureGenerations = await db.Territories.Where(t => t.Id == territoryId).Select(t => t.AsksFutureGenerations).FirstAsync(cancellationToken);
        return [.. (await ForLanguageAsync(territoryId, asksFutureGenerations, language, language, cancellationToken)).Select(q => (q.Question, q.Text))];
    }

    /// <summary>
    /// The wording of each asked question in <paramref name="language"/>: the territory's own text when
    /// it has one, else the standard text in the interface language <paramref name="interfaceLanguage"/>.
    /// </summary>
    public async Task<IReadOnlyList<QuestionText>> ForLanguageAsync(int territoryId, bool asksFutureGenerations, string language, string interfaceLanguage, CancellationToken cancellationToken)
    {
        var own = await db.TerritoryQuestions.AsNoTracking()
            .Where(q => q.TerritoryId == territoryId && q.Language == language)
            .ToDictionaryAsync(q => q.Question, q => q.Text, cancellationToken);
        return [.. Asked(asksFutureGenerations).Select(q => own.TryGetValue(q, out var text)
            ? new QuestionText(q, text, language)
            : new QuestionText(q, l[Standard[q]], interfaceLanguage))];
    }
}
