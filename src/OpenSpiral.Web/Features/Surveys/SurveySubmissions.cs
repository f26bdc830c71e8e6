using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>
/// Takes a respondent's answers, online (page and API) or from a paper questionnaire: checks them
/// against the survey, and stores them anonymously, once per submission key.
/// </summary>
public sealed class SurveySubmissions(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int MaxKeyLength = 100;

    /// <summary>Whether <paramref name="survey"/> takes answers on <paramref name="today"/>: open, and within its dates (inclusive).</summary>
    public static bool IsAcceptingAnswers(Survey survey, DateOnly today) =>
        AvailabilityOf(survey.Status, survey.OpensOn, survey.ClosesOn, today) == SurveyAvailability.Open;

    public static SurveyAvailability AvailabilityOf(SurveyStatus status, DateOnly? opensOn, DateOnly? closesOn, DateOnly today) => status switch
    {
        SurveyStatus.Closed => SurveyAvailability.Closed,
        SurveyStatus.Open when closesOn < today => SurveyAvailability.Closed,
        SurveyStatus.Open when opensOn > today => SurveyAvailability.NotYetOpen,
        SurveyStatus.Open => SurveyAvailability.Open,
        _ => SurveyAvailability.Unknown,
    };

    /// <summary>Today in UTC: the only time an answer keeps.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public SurveyAvailability AvailabilityOf(SurveyRules survey) => AvailabilityOf(survey.Status, survey.OpensOn, survey.ClosesOn, Today);

    /// <summary>The key of a profile question in a submission: ageBand, gender, neighbourhood or group.</summary>
    public static string ProfileKey(ProfileQuestionKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    /// <summary>SHA-256 (lower-case hex) of a submission key: the key itself is never stored.</summary>
    public static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>A fresh random submission key, for a form about to be shown.</summary>
    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public Task<SurveyRules?> FindByIdAsync(int surveyId, CancellationToken cancellationToken) =>
        FindAsync(db.Surveys.Where(s => s.Id == surveyId), cancellationToken);

    public Task<SurveyRules?> FindByCodeAsync(string code, CancellationToken cancellationToken) =>
        FindAsync(db.Surveys.Where(s => s.Code == code), cancellationToken);

    /// <summary>
    /// Stores <paramref name="submission"/> once per <paramref name="key"/>: a key seen before answers
    /// the stored response and changes nothing, even when two copies arrive at the same moment.
    /// </summary>
    public async Task<SubmissionResult> SubmitAsync(SurveyRules survey, SurveySubmission submission, ResponseChannel channel, string key, CancellationToken cancellationToken)
    {
        var keyHash = HashKey(key);
        var availability = AvailabilityOf(survey);
        if (availability != SurveyAvailability.Open)
        {
            // A retry of an answer taken just before the survey closed still answers what was stored.
            var earlier = await FindStoredAsync(survey.Id, keyHash, cancellationToken);
            return earlier is null
                ? new(SubmissionOutcome.NotAccepting, null, [], availability)
                : new(SubmissionOutcome.Replayed, earlier, [], availability);
        }

        var errors = Validate(survey, submission);
        if (errors.Count > 0)
        {
            return new(SubmissionOutcome.Invalid, null, errors, availability);
        }

        var response = new SurveyResponse
        {
            Id = Guid.NewGuid(),
            SurveyId = survey.Id,
            AnsweredOn = Today,
            Channel = channel,
            SubmissionKeyHash = keyHash,
            Answers = [.. submission.Answers.Select(a => new SurveyAnswer { SurveyId = survey.Id, IndicatorId = a.IndicatorId, Current = a.Current, Wished = a.Wished })],
            Profile = [.. ChosenOptions(survey, submission).Select(o => new SurveyResponseProfile { QuestionId = o.QuestionId, OptionId = o.OptionId })],
        };
        db.SurveyResponses.Add(response);
        try
        {
            // One SaveChanges: the response, its answers and its profile in one transaction.
            await db.SaveChangesAsync(cancellationToken);
            return new(SubmissionOutcome.Saved, new StoredResponse(response.Id, response.AnsweredOn), [], availability);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            // Another copy of the same submission won the unique index: answer what it stored.
            db.ChangeTracker.Clear();
            var stored = await FindStoredAsync(survey.Id, keyHash, cancellationToken)
                ?? throw new InvalidOperationException("A unique violation without the stored response.", e);
            return new(SubmissionOutcome.Replayed, stored, [], availability);
        }
    }

    /// <summary>How many responses came in through <paramref name="channel"/>.</summary>
    public Task<int> CountAsync(int surveyId, ResponseChannel channel, CancellationToken cancellationToken) =>
        db.SurveyResponses.CountAsync(r => r.SurveyId == surveyId && r.Channel == channel, cancellationToken);

    private List<SubmissionError> Validate(SurveyRules survey, SurveySubmission submission)
    {
        var errors = new List<SubmissionError>();
        var asked = survey.IndicatorIds.ToHashSet();
        var seen = new HashSet<int>();
        for (var i = 0; i < submission.Answers.Count; i++)
        {
            var answer = submission.Answers[i];
            if (!asked.Contains(answer.IndicatorId))
            {
                errors.Add(new($"answers[{i}].indicatorId", l["This indicator is not part of this survey."]));
            }
            else if (!seen.Add(answer.IndicatorId))
            {
                errors.Add(new($"answers[{i}].indicatorId", l["This indicator is answered twice: send one answer per indicator."]));
            }

            if (answer.Current is < 1 or > 5)
            {
                errors.Add(new($"answers[{i}].current", l["Choose a level from 1 to 5, or skip the question."]));
            }

            if (answer.Wished is < 1 or > 5)
            {
                errors.Add(new($"answers[{i}].wished", l["Choose a level from 1 to 5, or skip the question."]));
            }
            else if (answer.Wished is not null && !survey.AsksWished)
            {
                errors.Add(new($"answers[{i}].wished", l["This survey does not ask where you wish to be."]));
            }
        }

        foreach (var (key, value) in submission.Profile)
        {
            var question = survey.Questions.FirstOrDefault(q => string.Equals(q.Key, key, StringComparison.OrdinalIgnoreCase));
            if (question is null)
            {
                errors.Add(new($"profile.{key}", l["This survey does not ask this question."]));
            }
            else if (!string.IsNullOrEmpty(value) && !question.Options.Any(o => string.Equals(o.Label, value, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new($"profile.{key}", l["Choose one of the answers the survey offers, or skip the question."]));
            }
        }

        return errors;
    }

    private static IEnumerable<(int QuestionId, int OptionId)> ChosenOptions(SurveyRules survey, SurveySubmission submission) =>
        from question in survey.Questions
        let value = submission.Profile.FirstOrDefault(p => string.Equals(p.Key, question.Key, StringComparison.OrdinalIgnoreCase)).Value
        where !string.IsNullOrEmpty(value)
        select (question.Id, question.Options.First(o => string.Equals(o.Label, value, StringComparison.OrdinalIgnoreCase)).Id);

    private Task<StoredResponse?> FindStoredAsync(int surveyId, string keyHash, CancellationToken cancellationToken) =>
        db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId && r.SubmissionKeyHash == keyHash)
            .Select(r => new StoredResponse(r.Id, r.AnsweredOn)).FirstOrDefaultAsync(cancellationToken);

    private static async Task<SurveyRules?> FindAsync(IQueryable<Survey> surveys, CancellationToken cancellationToken)
    {
        var found = await surveys.AsNoTracking().Select(s => new
        {
            s.Id, s.TerritoryId, s.Status, s.OpensOn, s.ClosesOn, s.AsksWished,
            Indicators = s.Indicators.OrderBy(i => i.Position).Select(i => i.IndicatorId).ToList(),
            Questions = s.ProfileQuestions.OrderBy(q => q.Position)
                .Select(q => new { q.Id, q.Kind, Options = q.Options.OrderBy(o => o.Position).Select(o => new ProfileOptionRule(o.Id, o.Label)).ToList() }).ToList(),
        }).AsSplitQuery().FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new SurveyRules(
            found.Id, found.TerritoryId, found.Status, found.OpensOn, found.ClosesOn, found.AsksWished,
            found.Indicators, [.. found.Questions.Select(q => new ProfileRule(q.Id, q.Kind, q.Options))]);
    }

    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode == 2067,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
