using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Grid;

[AllowAnonymous]
public sealed class IndexModel(GridService grid) : PageModel
{
    public static readonly IReadOnlyList<string> DeterminationKey =
    [
        "Read only the explicit meaning; do not interpret or project your own culture.",
        "Find the main factor of well-being or ill-being the criterion points to.",
        "Find who acts and who is affected: the speaker, others, institutions, society.",
        "Take the question into account: an answer to the action question describes an attitude or an action.",
        "Choose the family first, then the component.",
        "When unsure, choose the family's general component (x00).",
    ];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public GridResponse? Grid { get; private set; }
    public List<GridResponse.FamilyResponse> Families { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var version = await grid.GetCurrentAsync(cancellationToken);
        if (version is null)
        {
            return;
        }

        Grid = GridResponse.From(version, Languages.Current);
        Families = string.IsNullOrWhiteSpace(Q) ? Grid.Families : Filter(Grid.Families, Q.Trim());
    }

    private static List<GridResponse.FamilyResponse> Filter(List<GridResponse.FamilyResponse> families, string term)
    {
        bool Matches(string code, string name, string description) =>
            code.Equals(term, StringComparison.OrdinalIgnoreCase)
            || name.Contains(term, StringComparison.CurrentCultureIgnoreCase)
            || description.Contains(term, StringComparison.CurrentCultureIgnoreCase);

        return [.. families
            .Select(f => Matches(f.Code, f.Name, f.Description) ? f : f with { Components = [.. f.Components.Where(c => Matches(c.Code, c.Name, c.Description))] })
            .Where(f => f.Components.Count > 0 || Matches(f.Code, f.Name, f.Description))];
    }
}
