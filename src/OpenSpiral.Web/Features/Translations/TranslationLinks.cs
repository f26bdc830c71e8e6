namespace OpenSpiral.Web.Features.Translations;

/// <summary>The pages an item of the list leads to, by page name: pages resolve them with Url.Page, the API with its LinkGenerator.</summary>
public static class TranslationLinks
{
    public static TranslationItemLinks For(TranslationItem item, Func<PageLink, string> resolve) => new(resolve(Original(item)), resolve(Translate(item)));

    public static PageLink Original(TranslationItem item) => item.Kind == TranslationKind.WikiPage
        ? new("/Wiki/Read", new { slug = item.Slug })
        : new("/Articles/Details", new { articleId = item.Id });

    public static PageLink Translate(TranslationItem item) => (item.Kind, item.Status) switch
    {
        (TranslationKind.WikiPage, TranslationState.Missing) => new("/Wiki/Translate", new { slug = item.Slug }),
        (TranslationKind.WikiPage, _) => new("/Wiki/Edit", new { slug = item.TranslationSlug }),
        (_, TranslationState.Missing) => new("/Articles/Create", new { translationOf = item.Id }),
        _ => new("/Articles/Edit", new { articleId = item.TranslationId }),
    };
}

public sealed record PageLink(string Page, object Values);
