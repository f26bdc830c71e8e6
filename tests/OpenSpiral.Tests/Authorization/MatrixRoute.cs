using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace OpenSpiral.Tests.Authorization;

/// <summary>Turns an endpoint's route pattern into a URL with real ids of one territory.</summary>
internal static class MatrixRoute
{
    /// <summary>Route parameters that point at a territory's data: endpoints with any of them run once per territory.</summary>
    public static readonly IReadOnlySet<string> TerritoryParameters =
        new HashSet<string>(["territoryId", "slug", "groupId", "criterionId", "memberId", "campaignId", "indicatorId", "surveyId", "invitationId", .. MatrixTerritory.WorkParameters], StringComparer.OrdinalIgnoreCase);

    public static bool IsTerritoryScoped(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.Parameters.Any(p => TerritoryParameters.Contains(p.Name));

    /// <summary>
    /// The URL of <paramref name="endpoint"/> in <paramref name="territory"/>; <paramref name="throwawayId"/> replaces the
    /// territory's usual group or invitation (a throwaway one to delete).
    /// </summary>
    public static string Url(RouteEndpoint endpoint, MatrixTerritory? territory, int? throwawayId = null)
    {
        var url = new StringBuilder();
        foreach (var segment in endpoint.RoutePattern.PathSegments)
        {
            var text = new StringBuilder();
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        text.Append(literal.Content);
                        break;
                    case RoutePatternSeparatorPart separator:
                        text.Append(separator.Content);
                        break;
                    case RoutePatternParameterPart parameter:
                        text.Append(Value(endpoint, parameter, territory, throwawayId));
                        break;
                    default:
                        throw new InvalidOperationException($"{endpoint.RoutePattern.RawText}: unexpected route part {part.GetType().Name}.");
                }
            }

            if (text.Length > 0)
            {
                url.Append('/').Append(text);
            }
        }

        return url.Length == 0 ? "/" : url.ToString();
    }

    private static string? Value(RouteEndpoint endpoint, RoutePatternParameterPart parameter, MatrixTerritory? territory, int? throwawayId)
    {
        if (TerritoryParameters.Contains(parameter.Name) && territory is null)
        {
            throw new InvalidOperationException($"{endpoint.RoutePattern.RawText}: '{parameter.Name}' needs a territory.");
        }

        return parameter.Name.ToUpperInvariant() switch
        {
            "TERRITORYID" => territory!.Id.ToString(),
            "SLUG" => territory!.Slug,
            "GROUPID" => (throwawayId ?? territory!.GroupId).ToString(),
            "INVITATIONID" => (throwawayId ?? territory!.InvitationId).ToString(),
            "CRITERIONID" => territory!.CriterionId.ToString(),
            "MEMBERID" => territory!.MemberId.ToString(),
            "CAMPAIGNID" => territory!.CampaignId.ToString(),
            "INDICATORID" => territory!.IndicatorId.ToString(),
            "SURVEYID" => territory!.SurveyId.ToString(),
            _ when territory is not null && territory.WorkIds.TryGetValue(parameter.Name, out var workId) => (throwawayId ?? workId).ToString(),
            "DOCUMENTNAME" => "v1",

            // A wiki page's file: a name no page holds answers 404 once the rule let the caller through.
            "FILENAME" => "permission-matrix.png",

            // A public action page takes the action's id under another name (actionId routes are the workspace's).
            "NUMBER" => territory!.WorkIds["actionId"].ToString(),
            // Network content (articles, comments): an unknown number answers 404 once the rule let the caller through.
            "ARTICLEID" or "COMMENTID" => "999999",

            // A user's own notice: a number nobody owns answers 404 once the rule let the caller through.
            "NOTIFICATIONID" => "999999",
            // A membership application: decided by administrators only (and withdrawn under its territory's route), whatever its number.
            "APPLICATIONID" => "999999",

            // A glossary term (network content): a seeded one, in a language it is written in.
            "KEY" => "coordination-group",
            "LANGUAGE" => "en",

            // A member's own API token: likewise, a number nobody owns.
            "TOKENID" => "999999",

            // An upload waiting for its import is known only to who sent it: the matrix checks that the rule applies before that.
            "IMPORTID" => "00000000000000000000000000000000",

            // An unknown account: the rule applies before the page looks it up, and no role changes.
            "USERID" => "permission-matrix",

            // Network reference data (administrators): the first grid component always exists.
            "KIND" => "component",
            "ITEMID" => "1",
            "STATUSCODE" or "CODE" => "404",
            _ when parameter.IsCatchAll => "permission-matrix",
            _ when parameter.IsOptional => null,
            _ => throw new InvalidOperationException(
                $"Route {endpoint.RoutePattern.RawText} has a parameter '{parameter.Name}' the permission matrix cannot fill: " +
                "teach MatrixRoute which real id of a territory it takes."),
        };
    }
}
