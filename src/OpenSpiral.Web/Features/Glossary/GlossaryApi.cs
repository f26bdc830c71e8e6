using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Glossary;

public static class GlossaryApi
{
    public static IEndpointRouteBuilder MapGlossaryApi(this IEndpointRouteBuilder routes)
    {
        var glossary = routes.MapGroup("/glossary").WithTags("Glossary");
        glossary.MapGet("/", ListAsync).AllowAnonymous()
            .WithSummary("The glossary's terms in one language (?language=fr, the request's language when absent), alphabetical, paginated; a term not yet written in that language comes in English with fallback: true.");
        glossary.MapGet("/{key}", GetAsync).AllowAnonymous().WithSummary("One term in every language it is written in.");
        glossary.MapPut("/{key}/{language}", SaveEntryAsync).RequireAuthorization()
            .WithSummary("Writes a term's entry in one language (any signed-in member): term, definition, doNotConfuse; send the version you read to change an existing entry (a stale one answers 409).");
        glossary.MapPost("/", CreateAsync).RequireAuthorization(Policies.Administrator)
            .WithSummary("Adds a term (administrators): key (lower-case letters, digits, hyphens), language, term, definition, doNotConfuse.");
        glossary.MapDelete("/{key}", DeleteAsync).RequireAuthorization(Policies.Administrator)
            .WithSummary("Deletes a term in every language (administrators).");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<GlossaryEntryResponse>>, ValidationProblem>> ListAsync(
        GlossaryService service, IStringLocalizer<SharedResource> l, string? language, [AsParameters] PageQuery paging, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        var code = string.IsNullOrWhiteSpace(language) ? Languages.Current : language.Trim().ToLowerInvariant();
        if (!GlossaryService.IsLanguage(code))
        {
            errors["language"] = [l["Give a language as its ISO 639-1 code, such as en or fr."]];
        }

        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await service.PageAsync(code, paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<Ok<GlossaryTermResponse>, NotFound>> GetAsync(string key, GlossaryService service, CancellationToken cancellationToken) =>
        await service.FindAsync(key, cancellationToken) is { } term ? TypedResults.Ok(term) : TypedResults.NotFound();

    private static async Task<Results<Ok<GlossaryTermResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SaveEntryAsync(
        string key, string language, GlossaryEntryInput input, GlossaryService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.SaveEntryAsync(key, language, input, cancellationToken);
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        if (outcome.Stale)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: l["Conflict"],
                detail: l["Someone changed this glossary entry since you read it (it is at version {0} now): read it again and redo your change.", outcome.CurrentVersion!.Value],
                extensions: new Dictionary<string, object?> { ["currentVersion"] = outcome.CurrentVersion });
        }

        return TypedResults.Ok((await service.FindAsync(key, cancellationToken))!);
    }

    private static async Task<Results<Created<GlossaryTermResponse>, ValidationProblem>> CreateAsync(GlossaryTermInput input, GlossaryService service, CancellationToken cancellationToken)
    {
        var outcome = await service.CreateTermAsync(input, cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        var key = input.Key!.Trim().ToLowerInvariant();
        return TypedResults.Created($"/api/v1/glossary/{key}", (await service.FindAsync(key, cancellationToken))!);
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(string key, GlossaryService service, CancellationToken cancellationToken) =>
        await service.DeleteTermAsync(key, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
