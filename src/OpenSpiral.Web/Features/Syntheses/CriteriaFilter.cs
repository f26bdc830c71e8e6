using System.Globalization;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>
/// Which criteria stand behind one number of a synthesis: the page's own filters (group, profile)
/// narrowed to the figure's row and column (family or component, question, kind of group), in the
/// territory or, for the network's column, in the territories that share with the network.
/// </summary>
public sealed record CriteriaFilter(
    string? Family = null,
    string? Component = null,
    bool Unclassified = false,
    Question? Question = null,
    int? GroupId = null,
    string? Profile = null,
    GroupKind? Kind = null,
    bool Network = false)
{
    /// <summary>The component filter that asks for the criteria not yet classified.</summary>
    public const string None = "none";
    public const string TerritoryScope = "territory";
    public const string NetworkScope = "network";

    public static CriteriaFilter Of(int? groupId, string? profile) => new(GroupId: groupId, Profile: string.IsNullOrWhiteSpace(profile) ? null : profile.Trim());

    /// <summary>The drill-down page that lists these criteria, by page name.</summary>
    public const string PageName = "/Syntheses/Criteria";

    /// <summary>The route values of the drill-down page of <paramref name="slug"/> that lists these criteria.</summary>
    public RouteValueDictionary RouteValues(string slug)
    {
        var values = new RouteValueDictionary { ["slug"] = slug };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values[name] = value;
            }
        }

        Add("family", Family);
        Add("component", Unclassified ? None : Component);
        Add("question", Question?.ToString());
        Add("groupId", GroupId?.ToString(CultureInfo.InvariantCulture));
        Add("profile", Profile);
        Add("kind", Kind?.ToString());
        Add("scope", Network ? NetworkScope : null);
        return values;
    }
}
