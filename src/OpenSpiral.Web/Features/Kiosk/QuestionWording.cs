using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>A question as citizens read it, with the language it is written in.</summary>
public sealed record QuestionText(Question Question, string Text, string Language);

/// <summary>The questions a territory asks, in its own wording for a language when it has one, else the standard wording.</summary>
public static class QuestionWording
{
    public static IReadOnlyList<Question> Asked(bool asksFutureGenerations) =>
        asksFutureGenerations ? [Question.Q1, Question.Q2, Question.Q3, Question.Q4] : [Question.Q1, Question.Q2, Question.Q3];

    public static string Standard(Question question, IStringLocalizer l) => question switch
    {
        Question.Q1 => l["What is well-being for you?"],
        Question.Q2 => l["What is ill-being for you?"],
        Question.Q3 => l["What do you do, or could you do, for your well-being and that of others?"],
        _ => l["What must be done so that this well-being lasts for future generations?"],
    };

    /// <summary>
    /// The wording of each asked question in <paramref name="language"/>: the territory's own text when
    /// it has one, else the standard text in the interface language <paramref name="interfaceLanguage"/>.
    /// </summary>
    public static async Task<IReadOnlyList<QuestionText>> ForAsync(
        OpenSpiralDbContext db, int territoryId, bool asksFutureGenerations, string language, string interfaceLanguage, IStringLocalizer l, CancellationToken cancellationToken)
    {
        var own = await db.TerritoryQuestions.AsNoTracking()
            .Where(q => q.TerritoryId == territoryId && q.Language == language)
            .ToDictionaryAsync(q => q.Question, q => q.Text, cancellationToken);
        return [.. Asked(asksFutureGenerations).Select(q => own.TryGetValue(q, out var text)
            ? new QuestionText(q, text, language)
            : new QuestionText(q, Standard(q, l), interfaceLanguage))];
    }
}
