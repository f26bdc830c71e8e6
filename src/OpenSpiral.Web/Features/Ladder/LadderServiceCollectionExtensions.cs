namespace OpenSpiral.Web.Features.Ladder;

public static class LadderServiceCollectionExtensions
{
    public static IServiceCollection AddLadder(this IServiceCollection services) => services
        .AddScoped<LadderRungs>()
        .AddScoped<LadderService>();
}
