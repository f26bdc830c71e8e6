using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenSpiral.Web.Features.Articles;

/// <summary>The one form that writes an article (new, translated or edited): its fields and the territories the writer may name.</summary>
[Authorize]
public abstract class ArticleFormModel(ArticleService service) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public int? TerritoryId { get; set; }

    public List<ArticleService.TerritoryChoice> Territories { get; private set; } = [];

    protected ArticleService Service => service;

    /// <summary>The territories offered: the writer's, plus the one the article already names.</summary>
    protected async Task LoadChoicesAsync(ArticleResponse? current, CancellationToken cancellationToken)
    {
        Territories = await service.TerritoryChoicesAsync(User, cancellationToken);
        if (current is { TerritoryId: { } id, TerritoryName: { } name } && Territories.All(t => t.Id != id))
        {
            Territories.Insert(0, new(id, name));
        }
    }

    protected void Fill(ArticleResponse article)
    {
        (Title, Summary, Text, Language, TerritoryId) = (article.Title, article.Summary, article.Content, article.Language, article.TerritoryId);
        Kind = ArticleWords.Code(article.Kind);
    }

    protected ArticleInput Input() => new()
    {
        Title = Title,
        Summary = Summary,
        Content = Text,
        Kind = Kind,
        Language = Language,
        TerritoryId = TerritoryId,
    };

    /// <summary>Puts the service's field errors on the form's fields.</summary>
    protected void ShowErrors(Dictionary<string, string[]> errors)
    {
        foreach (var (key, messages) in errors)
        {
            var field = key switch
            {
                "title" => nameof(Title),
                "summary" => nameof(Summary),
                "content" => nameof(Text),
                "kind" => nameof(Kind),
                "language" => nameof(Language),
                "territoryId" => nameof(TerritoryId),
                _ => string.Empty,
            };
            ModelState.AddModelError(field, messages[0]);
        }
    }
}
