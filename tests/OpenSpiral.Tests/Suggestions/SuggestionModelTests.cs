using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Suggestions;

namespace OpenSpiral.Tests.Suggestions;

/// <summary>The model alone, on a handful of handmade criteria in three languages.</summary>
public sealed class SuggestionModelTests
{
    private const int Mulhouse = 1;
    private const int Pergine = 2;
    private const int Private = 3;
    private static readonly HashSet<int> NoPrivateTerritory = [];

    private static readonly TrainingCriterion[] Criteria =
    [
        new(101, Mulhouse, Question.Q2, "A03", "Les logements sont trop chers et trop petits"),
        new(102, Mulhouse, Question.Q1, "A03", "Avoir un logement décent et chauffé"),
        new(103, Pergine, Question.Q1, "A03", "Una casa accogliente e un alloggio sicuro"),
        new(201, Mulhouse, Question.Q1, "B02", "Être en bonne santé, voir un médecin rapidement"),
        new(202, Pergine, Question.Q2, "B02", "Le liste d'attesta per il medico sono troppo lunghe"),
        new(203, Pergine, Question.Q1, "B02", "Good health and a doctor nearby"),
        new(301, Mulhouse, Question.Q2, "C05", "Le bus ne passe pas le dimanche dans le quartier"),
        new(302, Pergine, Question.Q1, "C05", "Autobus frequenti per andare in città"),
        new(303, Mulhouse, Question.Q3, "C05", "Je prends le vélo ou le tram pour aller au travail"),
    ];

    private static readonly SuggestionModel Model = SuggestionModelBuilder.Build(Criteria);

    [Fact]
    public void A_near_duplicate_of_a_classified_criterion_gets_its_component_first()
    {
        var suggestions = Model.Suggest("Les logements sont beaucoup trop chers", Question.Q2, Mulhouse, NoPrivateTerritory);

        Assert.Equal("A03", suggestions[0].Component);
        Assert.Equal(101, suggestions[0].Because[0]);
    }

    [Fact]
    public void Words_with_another_ending_still_find_their_component()
    {
        var suggestions = Model.Suggest("Plus d'autobus le dimanche", Question.Q2, Pergine, NoPrivateTerritory);

        Assert.Equal("C05", suggestions[0].Component);
    }

    [Fact]
    public void An_empty_model_suggests_nothing()
    {
        var empty = SuggestionModelBuilder.Build([]);

        Assert.Empty(empty.Suggest("Avoir un logement décent", Question.Q1, Mulhouse, NoPrivateTerritory));
        Assert.Empty(SuggestionModel.Empty.Suggest("Avoir un logement décent", Question.Q1, Mulhouse, NoPrivateTerritory));
    }

    [Fact]
    public void A_text_that_shares_nothing_with_the_classified_criteria_gets_no_suggestion()
    {
        Assert.Empty(Model.Suggest("xyzzy qwxv", Question.Q1, Mulhouse, NoPrivateTerritory));
        Assert.Empty(Model.Suggest("   ", Question.Q1, Mulhouse, NoPrivateTerritory));
    }

    [Fact]
    public void At_most_three_suggestions_come_best_first_with_scores_between_zero_and_one()
    {
        var suggestions = Model.Suggest("Le logement, le médecin et le bus pour aller en ville", Question.Q1, Mulhouse, NoPrivateTerritory);

        Assert.InRange(suggestions.Count, 1, SuggestionModel.MaxSuggestions);
        Assert.All(suggestions, s => Assert.InRange(s.Score, 0d, 1d));
        Assert.Equal(suggestions.Select(s => s.Score).OrderDescending(), suggestions.Select(s => s.Score));
        Assert.Equal(suggestions.Count, suggestions.Select(s => s.Component).Distinct().Count());
        Assert.InRange(suggestions.Sum(s => s.Score), 0.99, 1.01);
    }

    [Fact]
    public void Because_lists_only_criteria_classified_in_the_suggested_component()
    {
        var components = Criteria.ToDictionary(c => c.Id, c => c.Component);

        var suggestions = Model.Suggest("Un logement et un médecin près de chez soi, un bus le dimanche", Question.Q1, Mulhouse, NoPrivateTerritory);

        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s =>
        {
            Assert.InRange(s.Because.Length, 1, SuggestionModel.MaxReasons);
            Assert.All(s.Because, id => Assert.Equal(s.Component, components[id]));
        });
    }

    [Fact]
    public void A_criterion_does_not_justify_its_own_suggestion()
    {
        var suggestions = Model.Suggest("Les logements sont trop chers et trop petits", Question.Q2, Mulhouse, NoPrivateTerritory, excludeCriterionId: 101);

        Assert.DoesNotContain(suggestions, s => s.Because.Contains(101));
        Assert.Equal("A03", suggestions[0].Component);
    }

    [Fact]
    public void Criteria_of_a_territory_that_opted_out_serve_its_own_suggestions_only()
    {
        HashSet<int> privateTerritories = [Private];
        TrainingCriterion[] criteria = [.. Criteria, new(901, Private, Question.Q1, "E01", "Des jardins partagés au pied des immeubles")];
        var model = SuggestionModelBuilder.Build(criteria, privateTerritories: privateTerritories);
        const string Text = "Des jardins partagés pour les immeubles";

        var elsewhere = model.Suggest(Text, Question.Q1, Mulhouse, privateTerritories);
        var atHome = model.Suggest(Text, Question.Q1, Private, privateTerritories);
        var shared = SuggestionModelBuilder.Build(criteria).Suggest(Text, Question.Q1, Mulhouse, NoPrivateTerritory);

        Assert.DoesNotContain(elsewhere, s => s.Component == "E01" || s.Because.Contains(901));
        // At home they are neighbours, not part of the centroids that every territory shares.
        Assert.Equal([901L], atHome.Single(s => s.Component == "E01").Because);
        Assert.Equal("E01", shared[0].Component);
    }

    [Fact]
    public void Capped_postings_keep_the_criteria_where_a_feature_weighs_most()
    {
        TrainingCriterion[] criteria =
        [
            new(1, Mulhouse, Question.Q1, "A01", "eau"),
            .. Enumerable.Range(2, 40).Select(i => new TrainingCriterion(i, Mulhouse, Question.Q1, "B01", $"eau et beaucoup d'autres mots encore numéro {i}")),
        ];
        var model = SuggestionModelBuilder.Build(criteria, new SuggestionModelOptions { MaxPostingsPerFeature = 5, Neighbours = 1 });

        var suggestions = model.Suggest("eau", Question.Q1, Mulhouse, NoPrivateTerritory);

        Assert.Equal(("A01", 1L), (suggestions[0].Component, suggestions[0].Because[0]));
        Assert.True(model.PostingCount < SuggestionModelBuilder.Build(criteria).PostingCount);
    }

    [Fact]
    public void A_model_of_the_grid_alone_suggests_from_its_definitions_which_never_justify_a_suggestion()
    {
        var model = SuggestionModelBuilder.Build([], definitions:
        [
            new("A03", "Logement et équipement. Avoir un logement décent et abordable"),
            new("A10", "Mobilité et transports. Pouvoir se déplacer : transports en commun, bus, tram, vélo"),
            new("A10", "Mobility and transport. Being able to get around: public transport, bus, bike"),
        ]);

        var suggestions = model.Suggest("Le bus ne passe plus dans le quartier", Question.Q2, Mulhouse, NoPrivateTerritory);

        Assert.Equal((0, 3), (model.Count, model.TextCount));
        Assert.Equal("A10", suggestions[0].Component);
        Assert.All(suggestions, s => Assert.Empty(s.Because));
    }

    [Fact]
    public void With_the_grid_a_criterion_still_justifies_its_component()
    {
        var model = SuggestionModelBuilder.Build(Criteria, definitions: [new("A03", "Logement et équipement. Avoir un logement décent et abordable")]);

        var suggestions = model.Suggest("Les logements sont beaucoup trop chers", Question.Q2, Mulhouse, NoPrivateTerritory);

        Assert.Equal(("A03", 101L), (suggestions[0].Component, suggestions[0].Because[0]));
        Assert.Equal(Criteria.Length, model.Count);
    }

    [Fact]
    public void Texts_are_compared_without_case_accents_or_punctuation()
    {
        Assert.Equal("etre en bonne sante vivre a l ecole ss ae", TextFeatures.Normalise("Être en BONNE santé ! Vivre à l'école… ß Æ"));
    }
}
