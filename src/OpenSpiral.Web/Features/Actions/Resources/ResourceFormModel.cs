using Microsoft.AspNetCore.Mvc;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Actions.Resources;

/// <summary>The one form that writes a resource of the register (new or edited).</summary>
public abstract class ResourceFormModel : TerritoryPageModel
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? OfferedBy { get; set; }

    [BindProperty]
    public string? Quantity { get; set; }

    [BindProperty]
    public bool Available { get; set; } = true;

    [BindProperty]
    public DateOnly? AvailableUntil { get; set; }

    protected ResourceInput Input(IReadOnlyList<int>? actionIds = null) => new()
    {
        Kind = Kind,
        Description = Description,
        OfferedBy = OfferedBy,
        Quantity = Quantity,
        Available = Available,
        AvailableUntil = AvailableUntil,
        ActionIds = actionIds?.ToList(),
    };

    protected void ShowErrors(Dictionary<string, string[]> errors)
    {
        foreach (var (key, messages) in errors)
        {
            ModelState.AddModelError(key switch
            {
                "kind" => nameof(Kind),
                "description" => nameof(Description),
                "offeredBy" => nameof(OfferedBy),
                "quantity" => nameof(Quantity),
                _ => string.Empty,
            }, messages[0]);
        }
    }
}
