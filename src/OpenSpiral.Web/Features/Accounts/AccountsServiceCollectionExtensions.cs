using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.OpenData;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Pages sign in with the Identity cookie; API clients send a bearer token from /api/v1/identity/login or a personal API token (osp_…).</summary>
    public const string CookieOrBearerScheme = "CookieOrBearer";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearerScheme;
                o.DefaultChallengeScheme = CookieOrBearerScheme;
                o.DefaultForbidScheme = CookieOrBearerScheme;
            })
            .AddPolicyScheme(CookieOrBearerScheme, null, o => o.ForwardDefaultSelector = context =>
                !HasBearerToken(context.Request) ? IdentityConstants.ApplicationScheme
                : ApiTokenAuthentication.HasApiToken(context.Request) ? ApiTokenAuthentication.SchemeName
                : IdentityConstants.BearerScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();

        services
            .AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Per-client rate limits slow guessing down first; a lockout that anyone can trigger
                // must stay rare, so it takes many failures, and the owner is told by mail.
                o.Lockout.MaxFailedAccessAttempts = 50;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);

                // Registration answers the same whether the address is new or taken: only the
                // owner of the address, through the mailed link, can use the account.
                o.SignIn.RequireConfirmedEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OpenSpiralDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddApiEndpoints();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "openspiral.auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<IMailTransport, MailTransport>();
        services.AddSingleton<MailOutbox>();
        services.AddHostedService<MailOutboxSender>();
        services.AddScoped<AccountMails>();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<AccountRegistration>();
        services.AddScoped<EmailConfirmation>();
        services.AddScoped<PasswordReset>();
        services.AddSingleton<PublicOrigin>();
        services.AddSingleton<IValidateOptions<AppOptions>, AppOptionsValidation>();
        services.AddOptions<AppOptions>().Bind(configuration.GetSection(AppOptions.Section)).ValidateOnStart();
        services.AddPasswordPolicy();
        services.AddSecurityStampCheck();
        services.AddAccountsRateLimiting(configuration);
        return services;
    }

    /// <summary>Whether the request is signed in by a bearer token rather than the login cookie.</summary>
    public static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    // The API never answers with a login page.
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = apiStatus;
        }
        else if (apiStatus == StatusCodes.Status403Forbidden && context.HttpContext.Items.ContainsKey(TerritoryAuthorizationHandler.CoordinatorsOnly))
        {
            context.Response.Redirect(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(context.RedirectUri, "for", TerritoryAuthorizationHandler.CoordinatorsOnly));
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
