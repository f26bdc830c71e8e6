using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>The fields a page's form shares between writing, editing and translating, and the preview.</summary>
public abstract class WikiFormModel(WikiReader reader) : PageModel
{
    /// <summary>The address of a new page or translation (left empty, it is made from the title).</summary>
    [BindProperty]
    public string? Address { get; set; }

    /// <summary>The language of a new page or translation.</summary>
    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public int? ParentId { get; set; }

    [BindProperty]
    public int SortOrder { get; set; }

    public List<WikiParentChoice> ParentChoices { get; private set; } = [];

    /// <summary>True when the form comes back to show the typed text rendered, nothing saved.</summary>
    public bool Previewing { get; protected set; }

    /// <summary>The language the text is written in, for the preview and the textarea.</summary>
    public string TextLanguage { get; protected set; } = "en";

    protected WikiReader Reader => reader;

    protected async Task LoadParentChoicesAsync(int? pageId, CancellationToken cancellationToken) =>
        ParentChoices = await reader.ParentChoicesAsync(pageId, cancellationToken);

    protected WikiEdit Edit(string? language = null, bool confirmTranslation = false) =>
        new(Title, Text, Summary, ParentId, SortOrder, language, confirmTranslation);

    /// <summary>Shows the service's field errors beside their fields.</summary>
    protected void ShowErrors(Dictionary<string, string[]> errors)
    {
        foreach (var (key, messages) in errors)
        {
            var field = key switch
            {
                "title" => nameof(Title),
                "content" => nameof(Text),
                "summary" => nameof(Summary),
                "parent" => nameof(ParentId),
                "slug" => nameof(Address),
                "language" => "Language",
                _ => string.Empty,
            };
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, message);
            }
        }
    }
}
