using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OpenSpiral.Web.Infrastructure.Text;

/// <summary>Pages: every string bound from a form, a query or a route (alone, in a list or in a model) is made storable.</summary>
/// <param name="providers">The application's providers, this one first: the next one that binds a string does the binding.</param>
internal sealed class StorableTextModelBinderProvider(IList<IModelBinderProvider> providers) : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (context.Metadata.ModelType != typeof(string))
        {
            return null;
        }

        foreach (var provider in providers.Where(p => p != this))
        {
            if (provider.GetBinder(context) is { } binder)
            {
                return new Binder(binder);
            }
        }

        return null;
    }

    private sealed class Binder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result is { IsModelSet: true, Model: string text } && StorableText.Clean(text) is var clean && !ReferenceEquals(clean, text))
            {
                bindingContext.Result = ModelBindingResult.Success(clean);
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, clean, clean);
            }
        }
    }
}
