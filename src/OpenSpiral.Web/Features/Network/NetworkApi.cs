using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Network;

public static class NetworkApi
{
    public static RouteGroupBuilder MapNetworkApi(this IEndpointRouteBuilder routes)
    {
        // Open to every signed-in member of the network (researchers included), never anonymously.
        var group = routes.MapGroup("/network").WithTags("Network").RequireAuthorization();
        group.MapGet("/criteria", ListCriteriaAsync)
            .WithSummary("The network's shared criteria: approved, classified criteria of the territories that share with the network (text, language, question, component, territory name). Filters: component, language, question.");
        return group;
    }

    private static async Task<Results<Ok<PagedList<SharedCriterion>>, ValidationProblem>> ListCriteriaAsync(
        OpenSpiralDbContext db, IStringLocalizer<SharedResource> l, string? component, string? language, string? question,
        [AsParameters] PageQuery paging, CancellationToken cancellationToken = default)
    {
        // As on a territory's list: a question by name ("Q1"), and each wrong filter named, not an empty page.
        var errors = new Dictionary<string, string[]>();
        var questionFilter = EnumNames.Parse<Question>(question);
        if (!string.IsNullOrWhiteSpace(question) && questionFilter is null)
        {
            errors["question"] = [l["{0} is not a question: use Q1, Q2, Q3 or Q4.", question]];
        }

        Paging.Check(paging, errors, l);

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await SharedCriteria.PageAsync(db, component, language, questionFilter, paging.Page, paging.PageSize, cancellationToken));
    }
}
