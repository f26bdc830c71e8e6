using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Admin;

[Authorize(Policy = Policies.Administrator)]
public sealed class UsersModel(OpenSpiralDbContext db, UserManager<User> users, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public List<Row> Users { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = $"%{Q.Trim().ToUpperInvariant()}%";
            query = query.Where(u => EF.Functions.Like(u.NormalizedEmail!, pattern) || EF.Functions.Like(u.DisplayName.ToUpper(), pattern));
        }

        PageNumber = Pager.FromQuery(PageNumber);
        var adminRoleId = await db.Roles.Where(r => r.Name == Roles.Administrator).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var page = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).ToPagedListAsync(
            u => new Row(
                u.Id,
                u.DisplayName,
                u.Email ?? "",
                db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == adminRoleId),
                db.TerritoryMembers.Where(m => m.UserId == u.Id).Select(m => new Seat(m.Territory!.Name, m.Territory.Slug, m.Role)).ToList()),
            PageNumber, PageSize, cancellationToken);
        (Users, Total) = ([.. page.Items], page.Total);
        Pager = new Pager(PageNumber, page.PageCount, page => $"/admin/users?q={Uri.EscapeDataString(Q ?? "")}&p={page}");
    }

    // Removing the role has its own confirmation page, AdministratorRemove.
    public async Task<IActionResult> OnPostMakeAdministratorAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        var result = await users.AddToRoleAsync(user, Roles.Administrator);
        TempData["Flash"] = result.Succeeded
            ? l["{0} is now a network administrator.", user.DisplayName].Value
            : string.Join(" ", result.Errors.Select(e => e.Description));
        return RedirectToPage(new { q = Q, p = PageNumber });
    }

    public sealed record Row(string Id, string DisplayName, string Email, bool IsAdministrator, List<Seat> Seats);

    public sealed record Seat(string Name, string Slug, TerritoryRole Role);
}
