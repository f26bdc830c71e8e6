namespace OpenSpiral.Web.Features.Comments;

public static class CommentsServiceCollectionExtensions
{
    public static IServiceCollection AddComments(this IServiceCollection services) => services
        .AddScoped<CommentService>()
        .AddScoped<Articles.ArticleService>();
}
