using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Grid;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Admin;

/// <summary>Edits the names and scopes of one family or component, in every language, in place.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class GridItemEditModel(OpenSpiralDbContext db, GridService grid, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public List<TextInput> Texts { get; set; } = [];

    public string Code { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string kind, int itemId, CancellationToken cancellationToken)
    {
        var (family, component) = await LoadAsync(kind, itemId, cancellationToken);
        IEnumerable<GridText>? texts = family?.Texts ?? (IEnumerable<GridText>?)component?.Texts;
        if (texts is null)
        {
            return NotFound();
        }

        Texts = [.. texts.OrderBy(t => t.Language != "en").ThenBy(t => t.Language != "fr").ThenBy(t => t.Language)
            .Select(t => new TextInput { Language = t.Language, Name = t.Name, Description = t.Description })];
        foreach (var language in Infrastructure.Localization.Languages.Complete.Where(code => Texts.All(t => t.Language != code)))
        {
            Texts.Add(new TextInput { Language = language });
        }

        Texts.Add(new TextInput());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, int itemId, CancellationToken cancellationToken)
    {
        var (family, component) = await LoadAsync(kind, itemId, cancellationToken);
        if (family is null && component is null)
        {
            return NotFound();
        }

        var kept = Texts.Where(t => !string.IsNullOrWhiteSpace(t.Name)).ToList();
        for (var i = 0; i < Texts.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(Texts[i].Name) && string.IsNullOrWhiteSpace(Texts[i].Language))
            {
                ModelState.AddModelError($"Texts[{i}].Language", l["Give the language code of this name, such as it or nl."]);
            }
        }

        if (kept.GroupBy(t => t.Language).Any(g => g.Count() > 1))
        {
            ModelState.AddModelError(string.Empty, l["Each language may appear only once."]);
        }

        if (!kept.Any(t => t.Language == "en"))
        {
            ModelState.AddModelError(string.Empty, l["The English name is required: it is the fallback for every other language."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (family is not null)
        {
            Merge(family.Texts, kept, language => new FamilyText { FamilyId = family.Id, Language = language, Name = "" });
        }
        else
        {
            Merge(component!.Texts, kept, language => new ComponentText { ComponentId = component.Id, Language = language, Name = "" });
        }

        await db.SaveChangesAsync(cancellationToken);
        grid.Invalidate();
        TempData["Flash"] = l["{0} is saved.", Code].Value;
        return Redirect("/admin/grid");
    }

    private static void Merge<T>(List<T> texts, List<TextInput> kept, Func<string, T> create) where T : GridText
    {
        texts.RemoveAll(t => kept.All(k => k.Language != t.Language));
        foreach (var input in kept)
        {
            var text = texts.FirstOrDefault(t => t.Language == input.Language);
            if (text is null)
            {
                text = create(input.Language!);
                texts.Add(text);
            }

            text.Name = input.Name!.Trim();
            text.Description = input.Description?.Trim() ?? "";
        }
    }

    private async Task<(Family? Family, Component? Component)> LoadAsync(string kind, int itemId, CancellationToken cancellationToken)
    {
        if (kind == "family")
        {
            var family = await db.Families.Include(f => f.Texts).FirstOrDefaultAsync(f => f.Id == itemId, cancellationToken);
            Code = family?.Code ?? "";
            return (family, null);
        }

        var component = await db.Components.Include(c => c.Texts).FirstOrDefaultAsync(c => c.Id == itemId, cancellationToken);
        Code = component?.Code ?? "";
        return (null, component);
    }

    public sealed class TextInput
    {
        [RegularExpression("^[a-z]{2,3}$", ErrorMessage = "The {0} field must be a language code such as en or fr.")]
        [Display(Name = "Language code")]
        public string? Language { get; set; }

        [StringLength(160, ErrorMessage = "The {0} field must have at most {1} characters.")]
        [Display(Name = "Name")]
        public string? Name { get; set; }

        [StringLength(1000, ErrorMessage = "The {0} field must have at most {1} characters.")]
        [Display(Name = "Scope")]
        public string? Description { get; set; }
    }
}
