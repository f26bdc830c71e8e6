using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Features.Accounts;

namespace OpenSpiral.Web.Features.Surveys;

public static class SurveyAnswering
{
    /// <summary>The rate limit of survey submissions, per client address.</summary>
    public const string RateLimitPolicy = "survey-answers";

    public static IServiceCollection AddSurveyAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SurveyAnsweringOptions>(configuration.GetSection(SurveyAnsweringOptions.Section));
        services.AddScoped<SurveySubmissions>();
        services.AddScoped<SurveyAnswerSheets>();
        services.AddRateLimiter(o =>
            // Only submissions count: reading the questionnaire is never limited. The address is
            // used in memory for this minute's count and never stored.
            o.AddPolicy(RateLimitPolicy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var permits = context.RequestServices.GetRequiredService<IOptions<SurveyAnsweringOptions>>().Value.SubmissionsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    AccountsRateLimiting.ClientOf(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            }));
        return services;
    }
}
