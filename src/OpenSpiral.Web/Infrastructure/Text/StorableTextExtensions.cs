using Microsoft.AspNetCore.Mvc;

namespace OpenSpiral.Web.Infrastructure.Text;

public static class StorableTextExtensions
{
    /// <summary>Pages' model binding and the API's JSON bodies make every incoming string storable.</summary>
    public static IServiceCollection AddStorableText(this IServiceCollection services)
    {
        services.Configure<MvcOptions>(o => o.ModelBinderProviders.Insert(0, new StorableTextModelBinderProvider(o.ModelBinderProviders)));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new StorableTextJsonConverter()));
        return services;
    }

    /// <summary>API endpoints get their query, route and header strings storable too (JSON bodies are cleaned as they are read).</summary>
    public static TBuilder WithStorableText<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(static (context, next) =>
        {
            for (var i = 0; i < context.Arguments.Count; i++)
            {
                if (context.Arguments[i] is string text)
                {
                    context.Arguments[i] = StorableText.Clean(text);
                }
            }

            return next(context);
        });
}
