using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.OpenData;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>The signed-in account's own endpoints under /identity/manage, with Identity's contracts.</summary>
internal static class AccountsManageApi
{
    private static readonly EmailAddressAttribute EmailAddress = new();

    public static void MapManageApi(this RouteGroupBuilder identity)
    {
        var manage = identity.MapGroup("/manage").RequireAuthorization().RefusingApiTokens();
        manage.MapGet("/info", GetInfoAsync).WithSummary("The signed-in account's e-mail and whether it is confirmed.");
        manage.MapPost("/info", UpdateInfoAsync)
            .WithSummary("Changes the password (with the current one) or asks to change the e-mail (a confirmation link is mailed to the new address).");
    }

    private static async Task<Results<Ok<InfoResponse>, NotFound>> GetInfoAsync(ClaimsPrincipal principal, UserManager<User> users) =>
        await users.GetUserAsync(principal) is { } user ? TypedResults.Ok(Info(user)) : TypedResults.NotFound();

    private static async Task<Results<Ok<InfoResponse>, ValidationProblem, NotFound>> UpdateInfoAsync(
        ClaimsPrincipal principal, InfoRequest request, UserManager<User> users, AccountMails mails, IStringLocalizer<SharedResource> l)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.NotFound();
        }

        if (!string.IsNullOrEmpty(request.NewEmail) && !EmailAddress.IsValid(request.NewEmail))
        {
            return AccountsApi.ValidationProblem(IdentityResult.Failed(users.ErrorDescriber.InvalidEmail(request.NewEmail)));
        }

        if (!string.IsNullOrEmpty(request.NewPassword))
        {
            if (string.IsNullOrEmpty(request.OldPassword))
            {
                return AccountsApi.ValidationProblem(IdentityResult.Failed(new IdentityError { Code = "OldPasswordRequired", Description = l["Give the current password to set a new one."] }));
            }

            var changed = await users.ChangePasswordAsync(user, request.OldPassword, request.NewPassword);
            if (!changed.Succeeded)
            {
                return AccountsApi.ValidationProblem(changed);
            }
        }

        if (!string.IsNullOrEmpty(request.NewEmail) && !string.Equals(request.NewEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            await mails.SendConfirmationLinkAsync(user, AccountMails.ConfirmationTarget.Api, request.NewEmail.Trim());
        }

        return TypedResults.Ok(Info(user));
    }

    private static InfoResponse Info(User user) => new() { Email = user.Email!, IsEmailConfirmed = user.EmailConfirmed };
}
