using System.Security.Cryptography;
using System.Text;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Demo;

/// <summary>
/// The demo's indicators and self-surveys: validated indicators in the first two territories, built
/// from their own classified criteria, and in the first territory two waves of the same survey (the
/// first closed, the second open) with a few hundred made-up anonymous answers. Everything comes
/// from one fixed random seed, so every demo database holds the same answers.
/// </summary>
internal static class DemoSurveys
{
    public const string FirstWaveCode = "mulhouse-vague-1";
    public const string SecondWaveCode = "mulhouse-vague-2";
    public const int ResponsesPerWave = 150;
    private const int Seed = 20261203;

    private sealed record DemoIndicator(string Component, string Title, string[] Levels, double Mean, string? EnglishTitle = null, string[]? EnglishLevels = null);

    private static readonly DemoIndicator[] Mulhouse =
    [
        new("A03", "Un logement décent et abordable",
        [
            "Je n'ai pas de logement à moi ou je vis dans un logement insalubre.",
            "J'ai un toit, mais trop petit, humide ou trop cher pour mes revenus.",
            "Mon logement est correct, mais le loyer et les charges me serrent chaque mois.",
            "Mon logement est confortable et je peux le payer sans me priver.",
            "Je me sens chez moi, dans un logement sain et sûr, et je sais que je pourrai y rester.",
        ], 2.9),
        new("A10", "Se déplacer facilement dans la ville",
        [
            "Je ne peux presque pas sortir de mon quartier : pas de transport, ou trop cher.",
            "Je me déplace, mais c'est long, compliqué ou je dépends des autres.",
            "Je vais où j'ai besoin en journée, plus difficilement le soir ou le week-end.",
            "Je me déplace où je veux, quand je veux, pour un prix que je peux payer.",
            "Je me déplace librement et sans crainte, et cela restera possible en vieillissant.",
        ], 3.2),
        new("A06", "Un travail qui permet de vivre",
        [
            "Je ne trouve pas de travail, ou seulement au noir.",
            "Je travaille par petites missions, sans savoir de quoi demain sera fait.",
            "J'ai un travail, mais précaire ou qui ne paie pas assez pour vivre.",
            "J'ai un travail stable, dans de bonnes conditions, payé correctement.",
            "J'ai un travail qui a du sens pour moi, stable, et où je peux progresser.",
        ], 2.6),
    ];

    private static readonly DemoIndicator[] Pergine =
    [
        new("A03", "Una casa dignitosa",
        [
            "Non ho una casa o vivo in condizioni insalubri.",
            "Ho una casa, ma troppo piccola, umida o troppo cara.",
            "La mia casa va bene, ma l'affitto pesa ogni mese.",
            "La mia casa è comoda e posso pagarla senza rinunce.",
            "Mi sento a casa, in un luogo sano e sicuro dove potrò restare.",
        ], 3.1, "A decent home",
        [
            "I have no home, or I live in unhealthy conditions.",
            "I have a home, but too small, damp or too expensive.",
            "My home is fine, but the rent weighs on me every month.",
            "My home is comfortable and I can pay for it without going without.",
            "I feel at home, in a healthy and safe place where I can stay.",
        ]),
        new("A10", "Muoversi in valle",
        [
            "Non riesco quasi a uscire dal paese: niente autobus, o troppo caro.",
            "Mi sposto, ma è lungo e complicato, o dipendo dagli altri.",
            "Vado dove devo di giorno, con più fatica la sera e nei festivi.",
            "Mi sposto dove e quando voglio, a un prezzo che posso pagare.",
            "Mi sposto liberamente e senza paura, e potrò farlo anche da anziano.",
        ], 2.8, "Getting around the valley",
        [
            "I can hardly leave my village: no bus, or too expensive.",
            "I get around, but it is long and complicated, or I depend on others.",
            "I go where I must in the daytime, with more difficulty evenings and holidays.",
            "I go where and when I want, at a price I can afford.",
            "I move freely and without fear, and will still be able to when I am old.",
        ]),
    ];

    private static readonly string[] Neighbourhoods = ["Bourtzwiller", "Coteaux", "Dornach", "Centre-ville", "Rebberg", "Drouot"];

    /// <summary>Adds the indicators and surveys; the territories and their criteria must be saved already (their ids are used).</summary>
    public static async Task AddAsync(OpenSpiralDbContext db, IReadOnlyList<Territory> territories, IReadOnlyList<Criterion> criteria, IReadOnlyDictionary<string, int> components, DateTime now, CancellationToken cancellationToken)
    {
        var mulhouse = AddIndicators(db, territories[0], Mulhouse, criteria, components, now);
        AddIndicators(db, territories[1], Pergine, criteria, components, now);
        await db.SaveChangesAsync(cancellationToken);

        var random = new Random(Seed);
        var first = AddWave(db, territories[0], mulhouse, FirstWaveCode, "Comment allez-vous à Mulhouse\u202F? Première vague", SurveyStatus.Closed,
            new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30), now);
        var second = AddWave(db, territories[0], mulhouse, SecondWaveCode, "Comment allez-vous à Mulhouse\u202F? Deuxième vague", SurveyStatus.Open,
            new DateOnly(2026, 10, 1), null, now);
        await db.SaveChangesAsync(cancellationToken);

        db.SurveyResponses.AddRange(Responses(random, first, mulhouse, shift: 0));
        db.SurveyResponses.AddRange(Responses(random, second, mulhouse, shift: 0.25));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static List<(Indicator Indicator, double Mean)> AddIndicators(
        OpenSpiralDbContext db, Territory territory, DemoIndicator[] demo, IReadOnlyList<Criterion> criteria, IReadOnlyDictionary<string, int> components, DateTime now)
    {
        var language = territory.Languages[0];
        var added = new List<(Indicator, double)>();
        foreach (var d in demo)
        {
            var componentId = components[d.Component];
            var sources = criteria.Where(c => c.TerritoryId == territory.Id && c.ComponentId == componentId).Take(8).ToList();
            var indicator = new Indicator
            {
                TerritoryId = territory.Id,
                Title = d.Title,
                Language = language,
                Status = IndicatorStatus.Validated,
                Components = [new IndicatorComponent { ComponentId = componentId }],
                // The criteria are sorted into the four steps in turn, and each level cites the criteria of the steps around it.
                Criteria = [.. sources.Select((c, i) => new IndicatorCriterion { CriterionId = c.Id, Category = (IndicatorCategory)(i % 4 + 1) })],
                Levels = [.. d.Levels.Select((statement, i) => new IndicatorLevel
                {
                    Level = i + 1,
                    Statement = statement,
                    Sources = [.. sources.Where((_, j) => j % 4 == i || j % 4 == i - 1).Select(c => new IndicatorLevelSource { CriterionId = c.Id })],
                })],
                Translations = d.EnglishTitle is null ? [] : [new IndicatorTranslation { Language = "en", Title = d.EnglishTitle, Statements = [.. d.EnglishLevels!] }],
                CreatedAt = now,
                UpdatedAt = now,
                ValidatedAt = now,
            };
            db.Indicators.Add(indicator);
            added.Add((indicator, d.Mean));
        }

        return added;
    }

    private static Survey AddWave(
        OpenSpiralDbContext db, Territory territory, List<(Indicator Indicator, double Mean)> indicators, string code, string title,
        SurveyStatus status, DateOnly opensOn, DateOnly? closesOn, DateTime now)
    {
        var survey = new Survey
        {
            TerritoryId = territory.Id,
            Code = code,
            Title = title,
            Introduction = "Le groupe de coordination de Mulhouse vous demande où vous en êtes. C'est anonyme et cela prend cinq minutes.",
            Status = status,
            OpensOn = opensOn,
            ClosesOn = closesOn,
            Languages = [.. territory.Languages],
            AsksWished = true,
            Indicators = [.. indicators.Select((i, position) => new SurveyIndicator { IndicatorId = i.Indicator.Id, Position = position })],
            ProfileQuestions =
            [
                Question(ProfileQuestionKind.AgeBand, 0, SurveyProfileOptions.AgeBands),
                Question(ProfileQuestionKind.Gender, 1, SurveyProfileOptions.Genders),
                Question(ProfileQuestionKind.Neighbourhood, 2, Neighbourhoods),
            ],
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Surveys.Add(survey);
        return survey;
    }

    private static List<SurveyResponse> Responses(Random random, Survey survey, List<(Indicator Indicator, double Mean)> indicators, double shift)
    {
        var (opensOn, closesOn, code) = (survey.OpensOn!.Value, survey.ClosesOn, survey.Code);
        var days = (closesOn ?? opensOn.AddDays(60)).DayNumber - opensOn.DayNumber;
        var responses = new List<SurveyResponse>(ResponsesPerWave);
        for (var n = 0; n < ResponsesPerWave; n++)
        {
            var id = new byte[16];
            random.NextBytes(id);
            var response = new SurveyResponse
            {
                Id = new Guid(id),
                SurveyId = survey.Id,
                AnsweredOn = opensOn.AddDays(random.Next(days + 1)),
                Channel = random.NextDouble() < 0.2 ? ResponseChannel.Paper : ResponseChannel.Online,
                SubmissionKeyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"demo-{code}-{n}"))),
            };

            foreach (var (indicator, mean) in indicators)
            {
                // About one answer in twelve skips an indicator; a third of those who answer leave "wished" blank.
                if (random.NextDouble() < 0.08)
                {
                    continue;
                }

                var current = Level(mean + shift + Normal(random));
                int? wished = random.NextDouble() < 0.33 ? null : Math.Min(5, current + random.Next(0, 3));
                response.Answers.Add(new SurveyAnswer { SurveyId = survey.Id, IndicatorId = indicator.Id, Current = current, Wished = wished });
            }

            foreach (var question in survey.ProfileQuestions)
            {
                if (random.NextDouble() < 0.1)
                {
                    continue;
                }

                var option = question.Options[Weighted(random, question.Options.Count)];
                response.Profile.Add(new SurveyResponseProfile { QuestionId = question.Id, OptionId = option.Id });
            }

            responses.Add(response);
        }

        return responses;
    }

    private static SurveyProfileQuestion Question(ProfileQuestionKind kind, int position, IEnumerable<string> labels) => new()
    {
        Kind = kind,
        Position = position,
        Options = [.. labels.Select((label, i) => new SurveyProfileOption { Label = label, Position = i })],
    };

    private static int Level(double value) => Math.Clamp((int)Math.Round(value), 1, 5);

    // A standard normal value (Box–Muller), for answers that gather around each indicator's mean.
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    // Earlier options a little more often than later ones, so that profile breakdowns are uneven as in life.
    private static int Weighted(Random random, int count) => (int)(count * Math.Pow(random.NextDouble(), 1.3));
}
