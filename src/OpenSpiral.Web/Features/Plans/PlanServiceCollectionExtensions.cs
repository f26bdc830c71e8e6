namespace OpenSpiral.Web.Features.Plans;

public static class PlanServiceCollectionExtensions
{
    public static IServiceCollection AddPlans(this IServiceCollection services) => services
        .AddScoped<PlanService>()
        .AddScoped<CommitmentService>()
        .AddScoped<PlanPriorities>()
        .AddScoped<PlanReview>()
        .AddScoped<PlanViews>();
}
