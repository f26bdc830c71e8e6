using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Actions;

/// <summary>Everything about one action: its aim, carriers and partners, components, indicators, the resources it uses and its documents.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
[RequestSizeLimit(ActionDocument.MaxContentBytes + UploadMargin)]
[RequestFormLimits(MultipartBodyLengthLimit = ActionDocument.MaxContentBytes + UploadMargin)]
public sealed class DetailsModel(
    OpenSpiralDbContext db, ActionReader reader, ResourceService resources, ActionDocuments documents, SynthesisService synthesis, IStringLocalizer<SharedResource> l)
    : TerritoryPageModel
{
    // Room for the form's other fields around a file of the largest size: a larger one gets a clear message rather than a failed request.
    private const int UploadMargin = 1024 * 1024;

    public ActionResponse Action { get; private set; } = null!;
    public GridLabels Labels { get; private set; } = null!;
    public Dictionary<int, string> IndicatorTitles { get; private set; } = [];
    public Dictionary<int, string> SeatNames { get; private set; } = [];
    public List<ResourceResponse> Resources { get; private set; } = [];
    public List<ResourceResponse> Offered { get; private set; } = [];
    public List<ActionDocuments.DocumentItem> Documents { get; private set; } = [];

    [BindProperty]
    public string? LinkTitle { get; set; }

    [BindProperty]
    public string? LinkUrl { get; set; }

    [BindProperty]
    public string? FileTitle { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int actionId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, actionId, cancellationToken) ? Page() : NotFound();

    /// <summary>Sends a kept file as an attachment (never shown in the browser), under its safe name.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(string slug, int actionId, int documentId, CancellationToken cancellationToken)
    {
        if (!await BelongsAsync(slug, actionId, cancellationToken) || await documents.FindFileAsync(actionId, documentId, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostUseAsync(string slug, int actionId, int resourceId, CancellationToken cancellationToken)
    {
        if (!await BelongsAsync(slug, actionId, cancellationToken) || !await resources.UseAsync(actionId, resourceId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Flash"] = l["The action uses this resource now."].Value;
        return RedirectToPage("/Actions/Details", null, new { slug, actionId }, "resources");
    }

    public async Task<IActionResult> OnPostStopUsingAsync(string slug, int actionId, int resourceId, CancellationToken cancellationToken)
    {
        if (!await BelongsAsync(slug, actionId, cancellationToken))
        {
            return NotFound();
        }

        await resources.StopUsingAsync(actionId, resourceId, cancellationToken);
        TempData["Flash"] = l["The action no longer uses this resource; it stays in the register."].Value;
        return RedirectToPage("/Actions/Details", null, new { slug, actionId }, "resources");
    }

    public async Task<IActionResult> OnPostLinkAsync(string slug, int actionId, CancellationToken cancellationToken)
    {
        if (!await BelongsAsync(slug, actionId, cancellationToken))
        {
            return NotFound();
        }

        var errors = await documents.AddLinkAsync(actionId, LinkTitle, LinkUrl, cancellationToken);
        return await AnswerAsync(slug, actionId, errors, new() { ["title"] = nameof(LinkTitle), ["url"] = nameof(LinkUrl) }, l["The link is added."], cancellationToken);
    }

    public async Task<IActionResult> OnPostFileAsync(string slug, int actionId, CancellationToken cancellationToken)
    {
        if (!await BelongsAsync(slug, actionId, cancellationToken))
        {
            return NotFound();
        }

        var errors = await documents.AddFileAsync(actionId, FileTitle, Upload, cancellationToken);
        return await AnswerAsync(slug, actionId, errors, new() { ["title"] = nameof(FileTitle), ["file"] = nameof(Upload) }, l["The file is added."], cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteDocumentAsync(string slug, int actionId, int documentId, CancellationToken cancellationToken)
    {
        if (!await BelongsAsync(slug, actionId, cancellationToken) || !await documents.DeleteAsync(actionId, documentId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Flash"] = l["The document is deleted."].Value;
        return RedirectToPage("/Actions/Details", null, new { slug, actionId }, "documents");
    }

    private async Task<IActionResult> AnswerAsync(
        string slug, int actionId, Dictionary<string, string[]> errors, Dictionary<string, string> fields, string done, CancellationToken cancellationToken)
    {
        if (errors.Count == 0)
        {
            TempData["Flash"] = done;
            return RedirectToPage("/Actions/Details", null, new { slug, actionId }, "documents");
        }

        foreach (var (key, messages) in errors)
        {
            ModelState.AddModelError(fields.GetValueOrDefault(key, string.Empty), messages[0]);
        }

        await LoadAsync(slug, actionId, cancellationToken);
        return Page();
    }

    private async Task<bool> BelongsAsync(string slug, int actionId, CancellationToken cancellationToken) =>
        await db.Actions.AnyAsync(a => a.Id == actionId && db.Territories.Any(t => t.Id == a.TerritoryId && t.Slug == slug), cancellationToken);

    private async Task<bool> LoadAsync(string slug, int actionId, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var action = territory is null ? null : await reader.FindAsync(actionId, cancellationToken);
        if (action is null || action.TerritoryId != territory!.Id)
        {
            return false;
        }

        Action = action;
        Labels = await synthesis.LoadLabelsAsync(Languages.Current, cancellationToken);
        var indicatorIds = action.IndicatorIds.ToList();
        IndicatorTitles = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, cancellationToken);
        var seatIds = action.Carriers.Concat(action.Partners).Where(s => s.MemberId is not null).Select(s => s.MemberId!.Value).ToList();
        SeatNames = seatIds.Count == 0 ? [] : await db.TerritoryMembers.AsNoTracking().Where(m => seatIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.User!.DisplayName, cancellationToken);
        Resources = await resources.UsedByAsync(actionId, cancellationToken);
        Offered = await resources.OfferedToAsync(territory.Id, actionId, cancellationToken);
        Documents = await documents.ListAsync(actionId, cancellationToken);
        return true;
    }

    public string ComponentName(string code) => Labels.ComponentsByCode.TryGetValue(code, out var label) ? $"{code} {label.Name}" : code;
}
