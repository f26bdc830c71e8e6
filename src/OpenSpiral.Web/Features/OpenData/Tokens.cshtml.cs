using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.OpenData;

/// <summary>The member's personal API tokens: create one (shown once), see when each was used, revoke.</summary>
[Authorize]
public sealed class TokensModel(ApiTokens tokens) : PageModel
{
    /// <summary>The newest tokens shown; a member keeps a handful, revoked ones included.</summary>
    public const int Shown = 100;

    [BindProperty]
    public TokenInput Input { get; set; } = new();

    public IReadOnlyList<ApiTokenResponse> Tokens { get; private set; } = [];

    /// <summary>The token just created, shown in this answer only.</summary>
    public string? NewToken { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var outcome = await tokens.CreateAsync(User.GetUserId()!, Input.Name, Input.Lifetime == "never" ? null : int.TryParse(Input.Lifetime, out var days) ? days : -1, cancellationToken);
            foreach (var (field, messages) in outcome.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field == "name" ? "Input.Name" : "Input.Lifetime", message);
                }
            }

            if (outcome.Secret is not null)
            {
                NewToken = outcome.Secret;
                Input = new TokenInput();
                ModelState.Clear();
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Tokens = (await tokens.PageAsync(User.GetUserId()!, 1, Shown, cancellationToken)).Items;

    public sealed class TokenInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(ApiToken.MaxNameLength, ErrorMessage = "The {0} field must have at most {1} characters.")]
        [Display(Name = "Name of the token")]
        public string? Name { get; set; }

        [Display(Name = "Expires after")]
        public string Lifetime { get; set; } = "90";
    }
}
