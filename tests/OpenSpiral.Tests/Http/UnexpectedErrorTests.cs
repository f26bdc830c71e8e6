using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Tests.Http;

/// <summary>A failure nobody planned for: the API answers a ProblemDetails that leaks nothing, pages their error page.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class UnexpectedErrorTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData("en", "An error occurred while processing your request.", "An unexpected error happened. It has been logged; please try again later.")]
    [InlineData("fr", "Une erreur s'est produite pendant le traitement de votre requête.", "Une erreur inattendue s'est produite. Elle a été notée\u202F; veuillez réessayer plus tard.")]
    public async Task An_unexpected_api_failure_is_a_500_problem_in_the_language_of_the_request_without_the_exception(string language, string title, string detail)
    {
        var (factory, database) = FailingApplication();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        database.Arm();

        using var response = await client.GetAsync("/api/v1/territories");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        var text = problem.GetRawText();
        Assert.DoesNotContain("10.0.0.7", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.False(problem.TryGetProperty("exception", out _));
    }

    [Fact]
    public async Task An_unexpected_page_failure_keeps_the_html_error_page()
    {
        var (factory, database) = FailingApplication();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        database.Arm();

        using var response = await client.GetAsync("/territories");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain("10.0.0.7", html, StringComparison.Ordinal);
    }

    private (WebApplicationFactory<Program> Factory, FailingDatabase Database) FailingApplication()
    {
        var database = new FailingDatabase();
        var factory = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteOpenSpiralDbContext>(o => o.AddInterceptors(database));
            services.ConfigureDbContext<PostgresOpenSpiralDbContext>(o => o.AddInterceptors(database));
        }));
        _ = factory.Services;
        return (factory, database);
    }
}
