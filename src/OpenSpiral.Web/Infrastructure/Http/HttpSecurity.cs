namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>What a production site sends about itself: HSTS as the operator sets it, Secure cookies over HTTPS, no Server header.</summary>
public static class HttpSecurity
{
    public static WebApplicationBuilder AddHttpSecurity(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        var hsts = builder.Configuration.GetSection("Security:Hsts");
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(hsts.GetValue("MaxAgeDays", 365));
            o.IncludeSubDomains = hsts.GetValue("IncludeSubDomains", true);
            o.Preload = hsts.GetValue("Preload", false);
        });

        // Every cookie (login, antiforgery, language, temp data) is Secure when the request came over HTTPS.
        builder.Services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = CookieSecurePolicy.SameAsRequest;
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        return builder;
    }

    /// <summary>HSTS, when Security:Hsts:Enabled says so; by default everywhere but in Development.</summary>
    public static IApplicationBuilder UseHstsWhenEnabled(this WebApplication app) =>
        app.Configuration.GetValue("Security:Hsts:Enabled", !app.Environment.IsDevelopment()) ? app.UseHsts() : app;
}
