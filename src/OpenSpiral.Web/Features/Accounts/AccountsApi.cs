using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// The account endpoints under /identity, with the routes and JSON contracts of ASP.NET Core
/// Identity's own, but answers that never tell whether an account exists and mail links that
/// come from App:PublicUrl, not from the request.
/// </summary>
public static class AccountsApi
{
    public const string ConfirmEmailPath = "/api/v1/identity/confirmEmail";

    /// <summary>Maps every /identity endpoint; the builder returned covers them all (anonymous and /manage).</summary>
    public static IEndpointConventionBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var identity = routes.MapGroup("/identity").WithTags("Identity");
        identity.MapAntiforgeryToken();
        var anonymous = identity.MapGroup("").AllowAnonymous();
        anonymous.MapPost("/register", RegisterAsync)
            .WithSummary("Creates an account and mails a confirmation link. An address that already has an account is answered alike, and its owner is told by mail.");
        anonymous.MapPost("/login", LoginAsync)
            .WithSummary("Logs in: answers a bearer token, or sets the login cookie with ?useCookies=true. Every failure is the same 401.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        anonymous.MapPost("/refresh", RefreshAsync).WithSummary("Exchanges a refresh token for a new bearer token.")
            .Produces<AccessTokenResponse>().ProducesProblem(StatusCodes.Status401Unauthorized);
        anonymous.MapGet("/confirmEmail", ConfirmEmailAsync).WithSummary("Confirms an e-mail address with the link mailed to it.")
            .Produces<string>(contentType: "text/plain").ProducesProblem(StatusCodes.Status401Unauthorized);
        anonymous.MapPost("/resendConfirmationEmail", ResendConfirmationEmailAsync).WithSummary("Mails the confirmation link again to an address not confirmed yet.");
        anonymous.MapPost("/forgotPassword", ForgotPasswordAsync).WithSummary("Mails a password reset code to the address, if it has an account.");
        anonymous.MapPost("/resetPassword", ResetPasswordAsync).WithSummary("Sets a new password with the mailed reset code.");
        identity.MapManageApi();
        return identity;
    }

    private static async Task<Results<Ok, ValidationProblem>> RegisterAsync(RegisterRequest registration, AccountRegistration accounts)
    {
        var result = await accounts.RegisterAsync(registration.Email, registration.Password, "", AccountMails.ConfirmationTarget.Api);
        return result.Succeeded ? TypedResults.Ok() : ValidationProblem(result);
    }

    private static async Task<Results<Ok<AccessTokenResponse>, EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest login, bool? useCookies, bool? useSessionCookies, AccountSignIn accounts, SignInManager<User> signInManager, IStringLocalizer<SharedResource> l)
    {
        var useCookieScheme = useCookies == true || useSessionCookies == true;
        signInManager.AuthenticationScheme = useCookieScheme ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await accounts.PasswordSignInAsync(login.Email, login.Password, isPersistent: useCookies == true && useSessionCookies != true);

        // The sign-in already wrote the cookie or the bearer token.
        return result.Succeeded
            ? TypedResults.Empty
            : TypedResults.Problem(l["The e-mail or the password is not correct."], statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult>> RefreshAsync(
        RefreshRequest refresh, SignInManager<User> signInManager, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refresh.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signInManager.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Challenge();
        }

        return TypedResults.SignIn(await signInManager.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<ContentHttpResult, UnauthorizedHttpResult>> ConfirmEmailAsync(
        string userId, string code, string? changedEmail, EmailConfirmation confirmation, IStringLocalizer<SharedResource> l)
    {
        var confirmed = await confirmation.ConfirmAsync(userId, code, changedEmail);
        return confirmed ? TypedResults.Text(l["Your e-mail address is confirmed. You can log in now."]) : TypedResults.Unauthorized();
    }

    private static async Task<Ok> ResendConfirmationEmailAsync(ResendConfirmationEmailRequest request, UserManager<User> users, AccountMails mails)
    {
        if (await users.FindByEmailAsync(request.Email.Trim()) is { EmailConfirmed: false } user)
        {
            await mails.SendConfirmationLinkAsync(user, AccountMails.ConfirmationTarget.Api);
        }

        return TypedResults.Ok();
    }

    private static async Task<Ok> ForgotPasswordAsync(ForgotPasswordRequest request, UserManager<User> users, AccountMails mails)
    {
        if (await users.FindByEmailAsync(request.Email.Trim()) is { } user)
        {
            await mails.SendPasswordResetCodeAsync(user);
        }

        return TypedResults.Ok();
    }

    private static async Task<Results<Ok, ValidationProblem>> ResetPasswordAsync(ResetPasswordRequest request, PasswordReset reset)
    {
        var result = await reset.ResetAsync(request.Email, request.ResetCode, request.NewPassword);
        return result.Succeeded ? TypedResults.Ok() : ValidationProblem(result);
    }

    /// <summary>Identity's errors by code, as Identity's own endpoints answer them.</summary>
    internal static ValidationProblem ValidationProblem(IdentityResult result) =>
        TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
}
