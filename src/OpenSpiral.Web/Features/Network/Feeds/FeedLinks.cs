namespace OpenSpiral.Web.Features.Network.Feeds;

/// <summary>Where the Atom feeds are (their routes are in <see cref="FeedEndpoints"/>).</summary>
public static class FeedLinks
{
    public const string Articles = "/feeds/articles.atom";
    public const string Territories = "/feeds/territories.atom";
    public const string Groups = "/feeds/groups.atom";
    public const string Actions = "/feeds/actions.atom";
}
