using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Infrastructure.Localization;

/// <summary>
/// Model binding tells an empty or unreadable value ("" for a number, 7 for a list of choices)
/// with messages that receive only the value, never the field: "A value for  is required.";
/// a [BindRequired] property that is not posted is named by its C# name.
/// This gives every property messages that name its field in the user's language.
/// </summary>
internal sealed class FieldNamedBindingMessages(DefaultModelBindingMessageProvider defaults, IStringLocalizer l) : IBindingMetadataProvider
{
    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        if (context.Key.MetadataKind != ModelMetadataKind.Property || context.Key.PropertyInfo is not { } property)
        {
            return;
        }

        var field = property.GetCustomAttribute<DisplayAttribute>()?.Name ?? property.Name;
        var messages = new DefaultModelBindingMessageProvider(defaults);
        messages.SetValueMustNotBeNullAccessor(_ => l["A value for {0} is required.", l[field]]);
        messages.SetMissingBindRequiredValueAccessor(_ => l["A value for {0} is required.", l[field]]);
        messages.SetValueIsInvalidAccessor(value => l["The value '{0}' is not valid for {1}.", value, l[field]]);
        context.BindingMetadata.ModelBindingMessageProvider = messages;
    }
}
