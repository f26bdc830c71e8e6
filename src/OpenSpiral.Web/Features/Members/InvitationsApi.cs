using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Members;

/// <summary>Invitations of addresses without an account, for the territory's coordinators, as on the members page.</summary>
public static class InvitationsApi
{
    public static IEndpointRouteBuilder MapInvitationsApi(this IEndpointRouteBuilder routes)
    {
        var territoryInvitations = routes.MapGroup("/territories/{territoryId:int}/invitations").WithTags("Invitations").RequireAuthorization(Policies.TerritoryManage);
        territoryInvitations.MapGet("/", ListAsync).WithSummary("The territory's pending invitations, by address (coordinators only).");
        territoryInvitations.MapPost("/", InviteAsync).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Mails an invitation to an address without an account, replacing a pending one for the same address.");

        routes.MapGroup("/invitations/{invitationId:int}").WithTags("Invitations").RequireAuthorization(Policies.TerritoryManage)
            .MapDelete("/", RevokeAsync).WithSummary("Revokes a pending invitation: its link no longer works.");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<InvitationResponse>>, NotFound, ValidationProblem>> ListAsync(
        int territoryId, OpenSpiralDbContext db, MemberInvitations invitations, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await invitations.PageAsync(territoryId, paging, cancellationToken);
        return TypedResults.Ok(new PagedList<InvitationResponse>([.. page.Items.Select(InvitationResponse.From)], page.Page, page.PageSize, page.Total));
    }

    private static async Task<Results<Created<InvitationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> InviteAsync(
        int territoryId, InvitationRequest input, HttpContext http, OpenSpiralDbContext db, MemberService members, MemberInvitations invitations,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var territoryName = await db.Territories.Where(t => t.Id == territoryId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        if (territoryName is null)
        {
            return TypedResults.NotFound();
        }

        // The page adds an existing account at once; an invitation is only for an address without one.
        if (await members.HasAccountAsync(input.Email!, cancellationToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = [l["This address already has an account: add it as a member instead."]] });
        }

        var member = new MemberInput { Role = input.Role!.Value, StakeholderType = input.StakeholderType, Organisation = input.Organisation };
        if (await invitations.InviteAsync(territoryId, territoryName, input.Email!, member, http.User.GetUserId(), cancellationToken) is { } refused)
        {
            return TypedResults.Problem(new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = "Too Many Requests", Detail = refused });
        }

        var invitation = await invitations.FindPendingAsync(territoryId, input.Email!, cancellationToken);
        return TypedResults.Created($"/api/v1/invitations/{invitation!.Id}", InvitationResponse.From(invitation));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(int invitationId, MemberInvitations invitations, CancellationToken cancellationToken) =>
        await invitations.TerritoryOfAsync(invitationId, cancellationToken) is { } territoryId && await invitations.RevokeAsync(territoryId, invitationId, cancellationToken) > 0
            ? TypedResults.NoContent()
            : TypedResults.NotFound();
}

/// <summary>A pending invitation; <see cref="ExpiresAt"/> is in UTC.</summary>
public sealed record InvitationResponse(int Id, string Email, TerritoryRole Role, DateTime ExpiresAt)
{
    public static InvitationResponse From(MemberInvitations.Pending p) => new(p.Id, p.Email, p.Role, DateTime.SpecifyKind(p.ExpiresAt, DateTimeKind.Utc));
}
