using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>What happened to a request to delete a survey.</summary>
public enum SurveyDeletion
{
    Deleted,
    NotFound,

    /// <summary>Answers exist: the survey is closed instead, never deleted with them.</summary>
    HasResponses,
}

/// <summary>Defines self-surveys (draft, open, closed) with the rules the pages and the API share.</summary>
public sealed class SurveyService(OpenSpiralDbContext db, TimeProvider clock, PublicOrigin origin, IStringLocalizer<SharedResource> l)
{
    public const int MaxIndicators = 40;

    /// <summary>Today in UTC: the day that decides whether a survey takes answers.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Whether the survey takes answers on <paramref name="today"/>: open, and the day within its dates (both inclusive).</summary>
    public static bool IsAcceptingAnswers(Survey survey, DateOnly today) =>
        IsAcceptingAnswers(survey.Status, survey.OpensOn, survey.ClosesOn, today);

    public static bool IsAcceptingAnswers(SurveyStatus status, DateOnly? opensOn, DateOnly? closesOn, DateOnly today) =>
        status == SurveyStatus.Open && (opensOn is null || opensOn <= today) && (closesOn is null || today <= closesOn);

    public bool IsAcceptingAnswers(Survey survey) => IsAcceptingAnswers(survey, Today);

    /// <summary>The public path of the survey's answering page.</summary>
    public static string PublicPath(string code) => $"/s/{code}";

    /// <summary>The absolute public address of the survey (App:PublicUrl, never the request's Host), as printed on posters.</summary>
    public string PublicUrl(string code) => origin.Link(PublicPath(code)).ToString();

    public Task<Survey?> FindAsync(int surveyId, CancellationToken cancellationToken) =>
        db.Surveys.Include(s => s.Indicators).Include(s => s.ProfileQuestions).ThenInclude(q => q.Options)
            .AsSplitQuery().FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken);

    public async Task<SurveyDetails?> GetAsync(int surveyId, CancellationToken cancellationToken) =>
        (await ReadAsync(db.Surveys.Where(s => s.Id == surveyId), cancellationToken)).FirstOrDefault();

    /// <summary>One page of the territory's surveys, newest first.</summary>
    public async Task<PagedList<SurveyDetails>> ListAsync(int territoryId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var surveys = db.Surveys.Where(s => s.TerritoryId == territoryId);
        var total = await surveys.CountAsync(cancellationToken);
        var skip = (long)(page - 1) * pageSize;
        var items = skip >= total ? [] : await ReadAsync(surveys.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Skip((int)skip).Take(pageSize), cancellationToken);
        return new PagedList<SurveyDetails>(items, page, pageSize, total);
    }

    private async Task<List<SurveyDetails>> ReadAsync(IQueryable<Survey> surveys, CancellationToken cancellationToken)
    {
        var rows = await surveys.AsNoTracking().Select(s => new
        {
            s.Id, s.TerritoryId, s.Code, s.Title, s.Introduction, s.Status, s.OpensOn, s.ClosesOn, s.Languages, s.AsksWished,
            Indicators = s.Indicators.OrderBy(i => i.Position)
                .Select(i => new { i.IndicatorId, i.Indicator!.Language, Translations = i.Indicator.Translations.Select(t => t.Language).ToList() }).ToList(),
            Questions = s.ProfileQuestions.OrderBy(q => q.Position)
                .Select(q => new { q.Kind, Options = q.Options.OrderBy(o => o.Position).Select(o => o.Label).ToList() }).ToList(),
            Responses = db.SurveyResponses.Count(r => r.SurveyId == s.Id),
        }).ToListAsync(cancellationToken);
        var today = Today;
        return [.. rows.Select(s => new SurveyDetails(
            s.Id, s.TerritoryId, s.Title, s.Introduction, s.Status,
            [.. s.Indicators.Select(i => i.IndicatorId)],
            s.OpensOn, s.ClosesOn, PublicUrl(s.Code), s.Languages, s.AsksWished,
            [.. s.Questions.Select(q => new SurveyProfileQuestionDetails(q.Kind, q.Options))],
            s.Responses,
            IsAcceptingAnswers(s.Status, s.OpensOn, s.ClosesOn, today),
            [.. s.Indicators.SelectMany(i => s.Languages
                .Where(language => language != i.Language && !i.Translations.Contains(language))
                .Select(language => new MissingTranslation(i.IndicatorId, language)))]))];
    }

    /// <summary>
    /// Errors keyed by <see cref="SurveyInput"/> property name (the API turns them into JSON names);
    /// empty when the input can be saved. <paramref name="survey"/> is null for a new survey.
    /// </summary>
    public async Task<Dictionary<string, string[]>> ValidateAsync(int territoryId, SurveyInput input, Survey? survey, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.OpensOn is { } opensOn && input.ClosesOn is { } closesOn && closesOn < opensOn)
        {
            errors[nameof(SurveyInput.ClosesOn)] = [l["The closing date must not be before the opening date."]];
        }

        var territoryLanguages = await db.Territories.Where(t => t.Id == territoryId).Select(t => t.Languages).FirstAsync(cancellationToken);
        if (input.Languages.FirstOrDefault(language => !territoryLanguages.Contains(language)) is { } foreign)
        {
            errors[nameof(SurveyInput.Languages)] = [l["{0} is not one of the territory's languages ({1}).", foreign, string.Join(", ", territoryLanguages)]];
        }

        await ValidateIndicatorsAsync(territoryId, input.IndicatorIds, errors, cancellationToken);
        await ValidateProfileQuestionsAsync(territoryId, input.ProfileQuestions, errors, cancellationToken);

        var from = survey?.Status ?? SurveyStatus.Draft;
        var to = input.Status ?? from;
        if (to != from)
        {
            await ValidateStatusChangeAsync(survey, from, to, input.IndicatorIds, errors, cancellationToken);
        }

        return errors;
    }

    private async Task ValidateIndicatorsAsync(int territoryId, List<int> indicatorIds, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var ids = indicatorIds.Distinct().ToList();
        if (ids.Count > MaxIndicators)
        {
            errors[nameof(SurveyInput.IndicatorIds)] = [l["A survey can ask at most {0} indicators.", MaxIndicators]];
            return;
        }

        var known = await db.Indicators.Where(i => i.TerritoryId == territoryId && ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Title, i.Status }).ToListAsync(cancellationToken);
        if (ids.FirstOrDefault(id => known.All(i => i.Id != id)) is var unknown and > 0)
        {
            errors[nameof(SurveyInput.IndicatorIds)] = [l["The indicator {0} is not one of this territory's indicators.", unknown]];
        }
        else if (known.FirstOrDefault(i => i.Status != IndicatorStatus.Validated) is { } draft)
        {
            errors[nameof(SurveyInput.IndicatorIds)] = [l["The indicator {0} is a draft: only validated indicators can be asked in a survey.", draft.Title]];
        }
    }

    private async Task ValidateProfileQuestionsAsync(int territoryId, List<ProfileQuestionInput> questions, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (questions.GroupBy(q => q.Kind).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            errors[nameof(SurveyInput.ProfileQuestions)] = [l["The profile question {0} is asked twice.", SurveyProfileOptions.Question(l, twice.Key)]];
            return;
        }

        for (var i = 0; i < questions.Count; i++)
        {
            var key = $"{nameof(SurveyInput.ProfileQuestions)}[{i}].{nameof(ProfileQuestionInput.Options)}";
            if (!Enum.IsDefined(questions[i].Kind))
            {
                errors[$"{nameof(SurveyInput.ProfileQuestions)}[{i}].{nameof(ProfileQuestionInput.Kind)}"] = [l["Profile questions are about the age band, gender, neighbourhood or group."]];
            }
            else if (questions[i].Kind == ProfileQuestionKind.Neighbourhood)
            {
                var names = Neighbourhoods(questions[i].Options);
                if (names.Count == 0)
                {
                    errors[key] = [l["Type the neighbourhoods respondents choose from, one per line."]];
                }
                else if (names.Count > SurveyProfileOptions.MaxNeighbourhoods)
                {
                    errors[key] = [l["At most {0} neighbourhoods: group the smaller ones.", SurveyProfileOptions.MaxNeighbourhoods]];
                }
                else if (names.FirstOrDefault(n => n.Length > SurveyProfileOption.MaxLabelLength) is { } longName)
                {
                    errors[key] = [l["The neighbourhood name {0} is longer than {1} characters.", longName[..20] + "…", SurveyProfileOption.MaxLabelLength]];
                }
            }
            else if (questions[i].Kind == ProfileQuestionKind.Group && !await db.Groups.AnyAsync(g => g.TerritoryId == territoryId, cancellationToken))
            {
                errors[key] = [l["The territory has no homogeneous group yet to choose from."]];
            }
        }
    }

    private async Task ValidateStatusChangeAsync(Survey? survey, SurveyStatus from, SurveyStatus to, List<int> indicatorIds, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (to == SurveyStatus.Open && indicatorIds.Count == 0)
        {
            errors[nameof(SurveyInput.Status)] = [l["Choose at least one indicator before opening the survey."]];
        }
        else if (to == SurveyStatus.Closed && from != SurveyStatus.Open)
        {
            errors[nameof(SurveyInput.Status)] = [l["Only an open survey can be closed."]];
        }
        else if (to == SurveyStatus.Draft && survey is not null && await db.SurveyResponses.AnyAsync(r => r.SurveyId == survey.Id, cancellationToken))
        {
            errors[nameof(SurveyInput.Status)] = [l["The survey has answers: it can be closed, not returned to draft."]];
        }
    }

    /// <summary>The neighbourhood names typed one per line (or sent as a list): trimmed, blank lines and repeats left out.</summary>
    public static List<string> Neighbourhoods(IEnumerable<string> lines) =>
        [.. lines.SelectMany(line => (line ?? "").Split('\n')).Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Whether <paramref name="input"/> changes what respondents of an open or closed survey answered
    /// (indicators, languages, the wished question, profile questions): only a draft may change those.
    /// The title, introduction and dates may change at any time.
    /// </summary>
    public bool ChangesQuestions(Survey survey, SurveyInput input)
    {
        var questions = survey.ProfileQuestions.OrderBy(q => q.Position).ToList();
        return survey.Status != SurveyStatus.Draft && (
            !survey.Indicators.OrderBy(i => i.Position).Select(i => i.IndicatorId).SequenceEqual(input.IndicatorIds.Distinct())
            || !survey.Languages.SequenceEqual(input.Languages.Count == 0 ? survey.Languages : input.Languages.Distinct())
            || survey.AsksWished != input.AsksWished
            || !questions.Select(q => q.Kind).SequenceEqual(input.ProfileQuestions.Select(q => q.Kind))
            || questions.Zip(input.ProfileQuestions).Any(pair => pair.First.Kind == ProfileQuestionKind.Neighbourhood
                && !pair.First.Options.OrderBy(o => o.Position).Select(o => o.Label).SequenceEqual(Neighbourhoods(pair.Second.Options))));
    }

    public async Task<Survey> CreateAsync(int territoryId, SurveyInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var survey = new Survey
        {
            TerritoryId = territoryId,
            Code = FeedbackCodes.New(),
            Title = "",
            CreatedAt = now,
        };
        await ApplyAsync(survey, input, now, cancellationToken);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        return survey;
    }

    /// <summary>Saves a valid input (see <see cref="ValidateAsync"/> and <see cref="ChangesQuestions"/>) and its status change.</summary>
    public async Task UpdateAsync(Survey survey, SurveyInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (survey.Status == SurveyStatus.Draft)
        {
            await ApplyAsync(survey, input, now, cancellationToken);
        }
        else
        {
            ApplyWording(survey, input, now);
            survey.Status = input.Status ?? survey.Status;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Moves a survey to another status; errors as <see cref="ValidateAsync"/> gives them.</summary>
    public async Task<Dictionary<string, string[]>> ChangeStatusAsync(Survey survey, SurveyStatus to, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (to == survey.Status)
        {
            return errors;
        }

        var indicatorIds = survey.Indicators.Select(i => i.IndicatorId).ToList();
        await ValidateStatusChangeAsync(survey, survey.Status, to, indicatorIds, errors, cancellationToken);
        if (to == SurveyStatus.Open && errors.Count == 0)
        {
            // An indicator returned to draft since it was chosen keeps the survey from opening.
            await ValidateIndicatorsAsync(survey.TerritoryId, indicatorIds, errors, cancellationToken);
        }

        if (errors.Count == 0)
        {
            survey.Status = to;
            survey.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return errors;
    }

    public async Task<SurveyDeletion> DeleteAsync(int surveyId, CancellationToken cancellationToken)
    {
        if (await db.SurveyResponses.AnyAsync(r => r.SurveyId == surveyId, cancellationToken))
        {
            return SurveyDeletion.HasResponses;
        }

        return await db.Surveys.Where(s => s.Id == surveyId).ExecuteDeleteAsync(cancellationToken) > 0 ? SurveyDeletion.Deleted : SurveyDeletion.NotFound;
    }

    private static void ApplyWording(Survey survey, SurveyInput input, DateTime now)
    {
        survey.Title = input.Title!.Trim();
        survey.Introduction = input.Introduction?.Trim() ?? "";
        survey.OpensOn = input.OpensOn;
        survey.ClosesOn = input.ClosesOn;
        survey.UpdatedAt = now;
    }

    private async Task ApplyAsync(Survey survey, SurveyInput input, DateTime now, CancellationToken cancellationToken)
    {
        ApplyWording(survey, input, now);
        survey.Status = input.Status ?? survey.Status;
        survey.AsksWished = input.AsksWished;
        survey.Languages = input.Languages.Count > 0
            ? [.. input.Languages.Distinct()]
            : [await db.Territories.Where(t => t.Id == survey.TerritoryId).Select(t => t.Languages.First()).FirstAsync(cancellationToken)];

        var ids = input.IndicatorIds.Distinct().ToList();
        survey.Indicators.RemoveAll(i => !ids.Contains(i.IndicatorId));
        for (var position = 0; position < ids.Count; position++)
        {
            var chosen = survey.Indicators.FirstOrDefault(i => i.IndicatorId == ids[position]);
            if (chosen is null)
            {
                survey.Indicators.Add(new SurveyIndicator { IndicatorId = ids[position], Position = position });
            }
            else
            {
                chosen.Position = position;
            }
        }

        survey.ProfileQuestions.Clear();
        for (var position = 0; position < input.ProfileQuestions.Count; position++)
        {
            var kind = input.ProfileQuestions[position].Kind;
            var labels = kind switch
            {
                ProfileQuestionKind.AgeBand => [.. SurveyProfileOptions.AgeBands],
                ProfileQuestionKind.Gender => [.. SurveyProfileOptions.Genders],
                ProfileQuestionKind.Neighbourhood => Neighbourhoods(input.ProfileQuestions[position].Options),
                _ => await db.Groups.Where(g => g.TerritoryId == survey.TerritoryId).OrderBy(g => g.Name).Select(g => g.Name).ToListAsync(cancellationToken),
            };
            survey.ProfileQuestions.Add(new SurveyProfileQuestion
            {
                Kind = kind,
                Position = position,
                Options = [.. labels.Select((label, i) => new SurveyProfileOption { Label = Shorten(label), Position = i })],
            });
        }
    }

    // Group names may be longer than an option; the start of a name is enough to recognise it.
    private static string Shorten(string label) => label.Length <= SurveyProfileOption.MaxLabelLength ? label : label[..SurveyProfileOption.MaxLabelLength];

    /// <summary>The neighbourhoods of the territory's latest survey that asked for one, one per line: a new survey starts from them.</summary>
    public async Task<string> LastNeighbourhoodsAsync(int territoryId, CancellationToken cancellationToken)
    {
        var names = await db.SurveyProfileOptions.AsNoTracking()
            .Where(o => db.SurveyProfileQuestions.Any(q => q.Id == o.QuestionId && q.Kind == ProfileQuestionKind.Neighbourhood
                && q.SurveyId == db.Surveys.Where(s => s.TerritoryId == territoryId && s.ProfileQuestions.Any(pq => pq.Kind == ProfileQuestionKind.Neighbourhood))
                    .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Select(s => s.Id).FirstOrDefault()))
            .OrderBy(o => o.Position).Select(o => o.Label).ToListAsync(cancellationToken);
        return string.Join('\n', names);
    }

    /// <summary>
    /// The survey's questions in <paramref name="language"/> (its main language when it does not
    /// offer that one): each indicator's translation in that language, its main text otherwise.
    /// Null for an unknown survey.
    /// </summary>
    public async Task<SurveyQuestions?> QuestionsAsync(int surveyId, string? language, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().Where(s => s.Id == surveyId)
            .Select(s => new { s.Title, s.Introduction, s.Languages, s.AsksWished }).FirstOrDefaultAsync(cancellationToken);
        if (survey is null)
        {
            return null;
        }

        var chosen = language is not null && survey.Languages.Contains(language) ? language : survey.Languages.FirstOrDefault() ?? "en";
        var indicators = await db.SurveyIndicators.AsNoTracking().Where(si => si.SurveyId == surveyId).OrderBy(si => si.Position)
            .Select(si => new
            {
                si.IndicatorId,
                si.Indicator!.Title,
                si.Indicator.Language,
                Levels = si.Indicator.Levels.OrderBy(level => level.Level).Select(level => level.Statement).ToList(),
                Translations = si.Indicator.Translations.Where(t => t.Language == chosen).Select(t => new { t.Title, t.Statements }).ToList(),
            }).ToListAsync(cancellationToken);
        var questions = await db.SurveyProfileQuestions.AsNoTracking().Where(q => q.SurveyId == surveyId).OrderBy(q => q.Position)
            .Select(q => new { q.Id, q.Kind, Options = q.Options.OrderBy(o => o.Position).Select(o => new ProfileChoice(o.Id, o.Label)).ToList() })
            .ToListAsync(cancellationToken);

        return new SurveyQuestions(
            surveyId, survey.Title, survey.Introduction, chosen, survey.AsksWished,
            [.. indicators.Select((i, n) => i.Language != chosen && i.Translations.FirstOrDefault(t => t.Statements.Count == Indicator.LevelCount) is { } translation
                ? new IndicatorQuestion(i.IndicatorId, n + 1, translation.Title, translation.Statements, chosen)
                : new IndicatorQuestion(i.IndicatorId, n + 1, i.Title, i.Levels, i.Language))],
            [.. questions.Select(q => new ProfileQuestion(q.Id, q.Kind, q.Options))]);
    }
}
