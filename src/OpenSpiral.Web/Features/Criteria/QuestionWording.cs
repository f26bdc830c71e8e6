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

    /// <summary>The questions asked in the territory (Q4 only when it asks about future generations), worded in <paramref name="language"/>.</summary>
    public async Task<IReadOnlyList<(Question Question, string Text)>> ForTerritoryAsync(int territoryId, string language, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.AsNoTracking().Where(t => t.Id == territoryId)
            .Select(t => new { t.AsksFutureGenerations, Own = t.Questions.Where(q => q.Language == language).Select(q => new { q.Question, q.Text }).ToList() })
            .FirstAsync(cancellationToken);
        return [.. Enum.GetValues<Question>()
            .Where(q => q != Question.Q4 || territory.AsksFutureGenerations)
            .Select(q => (q, territory.Own.FirstOrDefault(o => o.Question == q)?.Text ?? l[Standard[q]].Value))];
    }
}
