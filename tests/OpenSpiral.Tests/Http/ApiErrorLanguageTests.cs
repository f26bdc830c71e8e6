using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Groups;

namespace OpenSpiral.Tests.Http;

/// <summary>An API error speaks the request's language from its title to its last field message.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class ApiErrorLanguageTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData("fr-FR,fr;q=0.9", "Introuvable", "Méthode non autorisée", "Type de contenu non pris en charge", "Accès interdit")]
    [InlineData("en", "Not Found", "Method Not Allowed", "Unsupported Media Type", "Forbidden")]
    public async Task Routing_and_authorization_problems_have_their_title_in_the_language_of_the_request(
        string language, string notFound, string methodNotAllowed, string unsupportedMediaType, string forbidden)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var otherTerritoryId = await app.GetTerritoryIdAsync(DemoData.Territory2Slug);

        using var unknown = await client.GetAsync("/api/v1/nothing-here");
        using var wrongMethod = await client.DeleteAsync("/api/v1/network/criteria");
        using var plainText = await client.PostAsync($"/api/v1/territories/{territoryId}/groups", new StringContent("Parents", Encoding.UTF8, "text/plain"));
        using var otherTerritory = await client.GetAsync($"/api/v1/territories/{otherTerritoryId}/groups");

        Assert.Equal(notFound, (await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound)).GetProperty("title").GetString());
        Assert.Equal(methodNotAllowed, (await Problems.AssertProblemAsync(wrongMethod, HttpStatusCode.MethodNotAllowed)).GetProperty("title").GetString());
        Assert.Equal(unsupportedMediaType, (await Problems.AssertProblemAsync(plainText, HttpStatusCode.UnsupportedMediaType)).GetProperty("title").GetString());
        Assert.Equal(forbidden, (await Problems.AssertProblemAsync(otherTerritory, HttpStatusCode.Forbidden)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Data_annotation_messages_of_the_api_follow_the_language_of_the_request()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var input = new GroupBuilder().Named("").WithParticipants(-1).WithGenders(0, 0, 0).WithProfile(new string('p', 201));

        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/groups", input.Build());

        var body = await Problems.AssertValidationProblemAsync(response, "name", "participantCount", "profile");
        Assert.Equal(["type", "title", "status", "errors", "traceId"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Une ou plusieurs erreurs de validation se sont produites.", body.GetProperty("title").GetString());
        var errors = body.GetProperty("errors");
        Assert.Equal("Le champ Nom est obligatoire.", errors.GetProperty("name")[0].GetString());
        Assert.Equal("Le champ Nombre de participants doit être compris entre 0 et 1000.", errors.GetProperty("participantCount")[0].GetString());
        Assert.Equal("Le champ Profil doit avoir au plus 200 caractères.", errors.GetProperty("profile")[0].GetString());
    }

    [Fact]
    public async Task Data_annotation_messages_stay_in_english_for_an_english_request()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);

        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/groups", new GroupBuilder().Named("").Build());

        var body = await Problems.AssertValidationProblemAsync(response, "name");
        Assert.Equal("One or more validation errors occurred.", body.GetProperty("title").GetString());
        Assert.Equal("The Name field is required.", body.GetProperty("errors").GetProperty("name")[0].GetString());
    }

    [Theory]
    [InlineData("fr", "Demande incorrecte")]
    [InlineData("en", "Bad request")]
    public async Task The_framework_title_bad_request_is_given_in_the_language_of_the_request(string language, string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Title = "Bad Request", Status = 400 };
        var context = new Microsoft.AspNetCore.Http.ProblemDetailsContext
        {
            HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = scope.ServiceProvider },
            ProblemDetails = problem,
        };
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(language);
        try
        {
            OpenSpiral.Web.Infrastructure.Http.ProblemDetailsLanguage.Translate(context);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }

        Assert.Equal(title, problem.Title);
    }
}
