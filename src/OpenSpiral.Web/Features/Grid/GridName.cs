using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Grid;

/// <summary>
/// The name a page shows for a grid version: the default grid's stored name (that of default-grid.json)
/// in the reader's language, any other name as it was typed.
/// </summary>
public static class GridName
{
    public const string Default = "SPIRAL default grid";

    public static string Display(string stored, IStringLocalizer l) => stored == Default ? l[Default] : stored;
}
