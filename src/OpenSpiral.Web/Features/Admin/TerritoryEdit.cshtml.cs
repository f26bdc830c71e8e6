using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Admin;

[Authorize(Policy = Policies.Administrator)]
public sealed class TerritoryEditModel(OpenSpiralDbContext db, TerritoryService territories, MemberService members, IStringLocalizer<SharedResource> l) : PageModel, ITerritoryForm
{
    [BindProperty]
    public TerritoryInput Input { get; set; } = new();

    [BindProperty]
    [EmailAddress(ErrorMessage = "The {0} field is not a valid e-mail address.")]
    [Display(Name = "First coordinator")]
    public string? CoordinatorEmail { get; set; }

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? territoryId, CancellationToken cancellationToken)
    {
        IsNew = territoryId is null;
        if (territoryId is { } id)
        {
            var territory = await db.Territories.FindAsync([id], cancellationToken);
            if (territory is null)
            {
                return NotFound();
            }

            Input = TerritoryInput.From(territory);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? territoryId, CancellationToken cancellationToken)
    {
        IsNew = territoryId is null;
        var territory = territoryId is { } id ? await db.Territories.FindAsync([id], cancellationToken) : null;
        if (!IsNew && territory is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            foreach (var (field, message) in await territories.ValidateAsync(Input, territoryId, cancellationToken))
            {
                ModelState.AddModelError($"{nameof(Input)}.{field}", message);
            }

            var coordinator = CoordinatorEmail?.Trim().ToUpperInvariant();
            if (IsNew && !string.IsNullOrEmpty(coordinator) && !await db.Users.AnyAsync(u => u.NormalizedEmail == coordinator, cancellationToken))
            {
                ModelState.AddModelError(nameof(CoordinatorEmail), l["No account uses the e-mail {0}. Ask this person to register first.", CoordinatorEmail!.Trim()]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (territory is null)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            territory = await territories.CreateAsync(Input, cancellationToken);
            if (!string.IsNullOrWhiteSpace(CoordinatorEmail))
            {
                await members.AddAsync(territory.Id, CoordinatorEmail, new MemberInput { Role = TerritoryRole.Coordinator }, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            TempData["Flash"] = l["The territory {0} is created.", territory.Name].Value;
        }
        else
        {
            await territories.UpdateAsync(territory, Input, cancellationToken);
            TempData["Flash"] = l["The territory {0} is saved.", territory.Name].Value;
        }

        return Redirect("/admin/territories");
    }
}
