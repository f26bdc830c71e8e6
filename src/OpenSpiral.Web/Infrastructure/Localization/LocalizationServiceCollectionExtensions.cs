using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Infrastructure.Localization;

public static class LocalizationServiceCollectionExtensions
{
    public static IServiceCollection AddOpenSpiralLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Languages.Default);
            o.AddSupportedCultures([.. Languages.Supported]);
            o.AddSupportedUICultures([.. Languages.Supported]);
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;

            // Order: ?culture=fr, then the language switch's cookie, then the browser's Accept-Language.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        // Model binding's own messages ("The value 'x' is not valid") in the user's language.
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            // Every required field says so with a localised [Required]; the implicit, English one is not wanted.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            var l = factory.Create(typeof(SharedResource));
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => l["The value '{0}' is not valid for {1}.", value, field]);
            messages.SetMissingBindRequiredValueAccessor(field => l["A value for {0} is required.", field]);
            messages.SetMissingKeyOrValueAccessor(() => l["A value is required."]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => l["A value is required."]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["The value '{0}' is not valid.", value]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["The value is not valid."]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => l["The field must be a number."]);
            messages.SetUnknownValueIsInvalidAccessor(field => l["The value is not valid for {0}.", field]);
            messages.SetValueIsInvalidAccessor(value => l["The value '{0}' is not valid.", value]);
            messages.SetValueMustBeANumberAccessor(field => l["The field {0} must be a number.", field]);
            messages.SetValueMustNotBeNullAccessor(_ => l["A value is required."]);
            options.ModelMetadataDetailsProviders.Add(new FieldNamedBindingMessages(messages, l));
        });
        return services;
    }
}
