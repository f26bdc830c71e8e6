using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Network;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Admin;

/// <summary>The administrators name the territories that coordinate the network and keep their contacts, in the order shown on /network.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class NetworkCoordinationModel(OpenSpiralDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record TerritoryChoice(int Id, string Name);

    public List<TerritoryChoice> Coordinators { get; private set; } = [];
    public List<TerritoryChoice> Others { get; private set; } = [];
    public List<NetworkContact> Contacts { get; private set; } = [];

    /// <summary>The contact whose removal waits for a confirmation.</summary>
    public int? Confirming { get; private set; }

    [BindProperty]
    public ContactInput NewContact { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCoordinateAsync(int coordinator, bool coordinates, CancellationToken cancellationToken)
    {
        var changed = await db.Territories.Where(t => t.Id == coordinator).ExecuteUpdateAsync(s => s.SetProperty(t => t.CoordinatesNetwork, coordinates), cancellationToken);
        if (changed == 0)
        {
            return NotFound();
        }

        TempData["Flash"] = l["The coordinating territories are saved."].Value;
        return RedirectToPage("/Admin/NetworkCoordination");
    }

    public async Task<IActionResult> OnPostAddContactAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && !await db.Territories.AnyAsync(t => t.Id == NewContact.TerritoryId && t.CoordinatesNetwork, cancellationToken))
        {
            ModelState.AddModelError("NewContact.TerritoryId", l["Choose one of the coordinating territories."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.NetworkContacts.Add(NewContact.ApplyTo(new NetworkContact { Name = "" }));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = l["The contact is added."].Value;
        return RedirectToPage("/Admin/NetworkCoordination");
    }

    public async Task<IActionResult> OnPostSaveContactAsync(int contact, ContactInput input, CancellationToken cancellationToken)
    {
        var existing = await db.NetworkContacts.FirstOrDefaultAsync(c => c.Id == contact, cancellationToken);
        if (existing is null)
        {
            return NotFound();
        }

        input.TerritoryId = existing.TerritoryId;
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            TempData["Problem"] = l["The contact is not saved: it needs a name, a valid e-mail address if any, and texts no longer than their fields allow."].Value;
            return RedirectToPage("/Admin/NetworkCoordination");
        }

        input.ApplyTo(existing);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = l["The contact is saved."].Value;
        return RedirectToPage("/Admin/NetworkCoordination");
    }

    public async Task<IActionResult> OnPostRemoveContactAsync(int contact, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            Confirming = contact;
            await LoadAsync(cancellationToken);
            return Contacts.Any(c => c.Id == contact) ? Page() : NotFound();
        }

        if (await db.NetworkContacts.Where(c => c.Id == contact).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return NotFound();
        }

        TempData["Flash"] = l["The contact is removed."].Value;
        return RedirectToPage("/Admin/NetworkCoordination");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var territories = await db.Territories.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name, t.CoordinatesNetwork }).ToListAsync(cancellationToken);
        Coordinators = [.. territories.Where(t => t.CoordinatesNetwork).Select(t => new TerritoryChoice(t.Id, t.Name))];
        Others = [.. territories.Where(t => !t.CoordinatesNetwork).Select(t => new TerritoryChoice(t.Id, t.Name))];
        Contacts = await db.NetworkContacts.AsNoTracking().OrderBy(c => c.TerritoryId).ThenBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken);
    }

    public sealed class ContactInput
    {
        [Display(Name = "Territory")]
        public int TerritoryId { get; set; }

        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(NetworkContact.MaxNameLength, ErrorMessage = "The {0} field must have at most {1} characters.")]
        [Display(Name = "Name")]
        public string? Name { get; set; }

        [StringLength(NetworkContact.MaxRoleLength, ErrorMessage = "The {0} field must have at most {1} characters.")]
        [Display(Name = "Role")]
        public string? Role { get; set; }

        [EmailAddress(ErrorMessage = "The {0} field is not a valid e-mail address.")]
        [StringLength(NetworkContact.MaxEmailLength, ErrorMessage = "The {0} field must have at most {1} characters.")]
        [Display(Name = "E-mail")]
        public string? Email { get; set; }

        [StringLength(NetworkContact.MaxPhoneLength, ErrorMessage = "The {0} field must have at most {1} characters.")]
        [Display(Name = "Phone")]
        public string? Phone { get; set; }

        [Range(0, 999, ErrorMessage = "The {0} field must be between {1} and {2}.")]
        [Display(Name = "Order")]
        public int SortOrder { get; set; }

        public NetworkContact ApplyTo(NetworkContact contact)
        {
            contact.TerritoryId = TerritoryId;
            contact.Name = Name!.Trim();
            contact.Role = Role?.Trim() ?? "";
            contact.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
            contact.Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim();
            contact.SortOrder = SortOrder;
            return contact;
        }
    }
}
