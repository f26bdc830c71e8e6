using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenSpiral.Tests.Groups;
using OpenSpiral.Web.Features.Members;
using Xunit.Abstractions;

namespace OpenSpiral.Tests.Authorization;

/// <summary>
/// Every endpoint the application maps (API and pages, found in its own EndpointDataSource) answers
/// every kind of caller as its declared rule says, in its own territory and in another one. New
/// endpoints join the matrix by themselves; it runs on its own application, as it adds groups.
/// </summary>
public sealed class PermissionMatrixTests(OpenSpiralApplication app, ITestOutputHelper output) : IClassFixture<OpenSpiralApplication>, IDisposable
{
    private const string LoginPath = "/account/login";
    private const string AccessDeniedPath = "/account/access-denied";
    private static readonly string[] MutatingMethods = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];
    private static readonly string[] TestedMethods = [HttpMethods.Get, .. MutatingMethods];

    private readonly Dictionary<(Caller, bool), HttpClient> _clients = [];

    [Fact]
    public void Every_endpoint_declares_who_may_call_it()
    {
        var problems = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            var name = Describe(endpoint);
            try
            {
                var rule = AccessRule.Declared(endpoint);
                if (rule is null)
                {
                    problems.Add($"{name} declares no rule: add AllowAnonymous or RequireAuthorization(policy) / [Authorize(Policy = ...)].");
                }
                else if (rule.AllowsAnonymous && endpoint.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any(d => d.Policy is not null || d.Roles is not null))
                {
                    // AllowAnonymous wins over every Authorize: a policy beside it is silently ignored.
                    problems.Add($"{name} is both anonymous and restricted to a policy or role: the restriction does not apply.");
                }
                else if (endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null && !rule.AllowsAnonymous)
                {
                    problems.Add($"{name} is a static asset without AllowAnonymous.");
                }
            }
            catch (InvalidOperationException e)
            {
                problems.Add($"{name}: {e.Message}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Every_endpoint_answers_each_caller_as_its_rule_says()
    {
        var territories = new[]
        {
            await MatrixTerritory.LoadAsync(app, "T1", DemoData.Territory1Slug, new Dictionary<Caller, TerritoryRole>
            {
                [Caller.Coordinator1] = TerritoryRole.Coordinator,
                [Caller.Facilitator1] = TerritoryRole.Facilitator,
            }),
            await MatrixTerritory.LoadAsync(app, "T2", DemoData.Territory2Slug, new Dictionary<Caller, TerritoryRole>
            {
                [Caller.Coordinator2] = TerritoryRole.Coordinator,
            }),
        };
        var endpoints = Endpoints().Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null).ToList();
        Assert.Contains(endpoints, e => e.RoutePattern.RawText?.Contains("/groups", StringComparison.Ordinal) == true);

        var failures = new List<string>();
        int sent = 0, skipped = 0;
        foreach (var endpoint in endpoints)
        {
            var rule = AccessRule.Declared(endpoint) ?? AccessRule.SignedIn;
            List<MatrixTerritory?> scopes = MatrixRoute.IsTerritoryScoped(endpoint) ? [.. territories] : [null];
            foreach (var method in Methods(endpoint))
            {
                foreach (var territory in scopes)
                {
                    foreach (var caller in Enum.GetValues<Caller>())
                    {
                        var allowed = rule.Allows(caller, territory);
                        if (WouldChangeAnAccount(endpoint, method, allowed))
                        {
                            skipped++;
                            continue;
                        }

                        var check = await CallAsync(endpoint, method, territory, caller, allowed);
                        sent++;
                        if (check is not null)
                        {
                            failures.Add($"{method} {endpoint.RoutePattern.RawText} in {territory?.ToString() ?? "no territory"} as {caller} (rule: {rule}): {check}");
                        }
                    }
                }
            }
        }

        output.WriteLine($"{endpoints.Count} endpoints, {sent} requests, {skipped} account-changing calls not sent.");
        Assert.True(sent > 0, "The permission matrix sent no request.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests broke their rule:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    private List<RouteEndpoint> Endpoints() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal)];

    private static bool IsPage(Endpoint endpoint) => endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;

    // Pages answer GET, plus the methods of their handlers (OnPost...); other endpoints say which methods they take.
    private static IEnumerable<string> Methods(Endpoint endpoint)
    {
        var declared = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
        var page = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>();
        IEnumerable<string> methods = declared
            ?? (page is not null ? [HttpMethods.Get, .. page.HandlerMethods.Select(h => h.HttpMethod)] : [HttpMethods.Get]);
        return methods.Select(m => m.ToUpperInvariant()).Where(m => TestedMethods.Contains(m)).Distinct();
    }

    // Identity's own endpoints: a call that passes authorization could register, confirm, log in or change an account.
    private static bool WouldChangeAnAccount(RouteEndpoint endpoint, string method, bool allowed)
    {
        var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
        if (!route.StartsWith("/api/v1/identity/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return route.EndsWith("/confirmEmail", StringComparison.OrdinalIgnoreCase) || (allowed && MutatingMethods.Contains(method));
    }

    /// <summary>Sends one request; answers why its response breaks the rule, or null when it keeps it.</summary>
    private async Task<string?> CallAsync(RouteEndpoint endpoint, string method, MatrixTerritory? territory, Caller caller, bool allowed)
    {
        var api = IsApiRoute(endpoint);
        var page = IsPage(endpoint);
        int? throwaway = method == HttpMethods.Delete && territory is not null ? await CreateThrowawayAsync(endpoint, territory) : null;
        using var request = new HttpRequestMessage(new HttpMethod(method), MatrixRoute.Url(endpoint, territory, throwaway));
        if (method is "POST" or "PUT" or "PATCH")
        {
            // Nothing that could be saved: an empty JSON object for the API, a form without antiforgery token for pages.
            request.Content = api ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json") : new FormUrlEncodedContent([]);
        }

        var client = await ClientAsync(caller, api);
        using var response = await client.SendAsync(request);
        ForgetClientIfSignedOut(caller, api, response);
        var status = (int)response.StatusCode;
        var location = response.Headers.Location is { } l ? new Uri(client.BaseAddress!, l).AbsolutePath : null;
        var answered = location is null ? $"{status}" : $"{status} to {location}";
        var toLogin = status is 301 or 302 or 303 or 307 && location?.StartsWith(LoginPath, StringComparison.OrdinalIgnoreCase) == true;
        var toDenied = status is 301 or 302 or 303 or 307 && location?.StartsWith(AccessDeniedPath, StringComparison.OrdinalIgnoreCase) == true;

        if (allowed)
        {
            // Pages' 4xx answers are re-executed as /error/{code}: a missing or non-anonymous error page shows here.
            const string ErrorPageHint = " (is /error/{code} an anonymous page?)";
            if (status is 401 or 403 || toLogin || toDenied || status >= 500)
            {
                return $"expected to be let through, got {answered}" + (!api && toLogin && caller == Caller.Anonymous ? ErrorPageHint : "");
            }

            // Pages that take no antiforgery token (the error page, re-executed for failed POSTs) just answer.
            var checksAntiforgery = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.ViewFeatures.IAntiforgeryPolicy>() is not Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute;
            return page && checksAntiforgery && method == HttpMethods.Post && status != 400
                ? $"expected 400 (no antiforgery token) once let through, got {answered}" + (status == 404 ? ErrorPageHint : "")
                : null;
        }

        var expected = (api, caller == Caller.Anonymous) switch
        {
            (true, true) => "401",
            (true, false) => "403",
            (false, true) => $"302 to {LoginPath}",
            (false, false) => $"302 to {AccessDeniedPath}",
        };
        var kept = (api, caller == Caller.Anonymous) switch
        {
            (true, true) => status == 401,
            (true, false) => status == 403,
            (false, true) => status == 302 && toLogin,
            (false, false) => status == 302 && toDenied,
        };
        return kept ? null : $"expected {expected}, got {answered}";
    }

    private static bool IsApiRoute(RouteEndpoint endpoint) =>
        new PathString("/" + endpoint.RoutePattern.RawText?.TrimStart('/')).StartsWithSegments("/api");

    // DELETE always targets a group (or an invitation) made for it, so that no request can destroy data others rely on.
    private async Task<int> CreateThrowawayAsync(RouteEndpoint endpoint, MatrixTerritory territory)
    {
        if (endpoint.RoutePattern.Parameters.Select(p => p.Name).SequenceEqual(["invitationId"], StringComparer.OrdinalIgnoreCase))
        {
            return await app.QueryAsync(db => MatrixTerritory.AddInvitationAsync(db, territory.Id));
        }

        if (endpoint.RoutePattern.Parameters.Select(p => p.Name).Where(MatrixRoute.TerritoryParameters.Contains).ToList() is [var work]
            && MatrixTerritory.WorkParameters.Contains(work, StringComparer.OrdinalIgnoreCase))
        {
            return await app.QueryAsync(db => MatrixTerritory.AddWorkAsync(db, territory.Id, work));
        }

        var others = endpoint.RoutePattern.Parameters.Select(p => p.Name)
            .Where(n => MatrixRoute.TerritoryParameters.Contains(n) && !n.Equals("groupId", StringComparison.OrdinalIgnoreCase) && !n.Equals("territoryId", StringComparison.OrdinalIgnoreCase) && !n.Equals("slug", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (others.Count > 0)
        {
            throw new InvalidOperationException($"DELETE {endpoint.RoutePattern.RawText} names {string.Join(", ", others)}: teach the permission matrix to make a throwaway one first.");
        }

        var admin = await ClientAsync(Caller.Administrator, api: true);
        using var response = await admin.PostAsJsonAsync($"/api/v1/territories/{territory.Id}/groups", new GroupBuilder().Named($"Throwaway {Guid.NewGuid():N}").Build());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    // One client per caller and kind: API calls carry a bearer token, page calls the Identity cookie.
    private async Task<HttpClient> ClientAsync(Caller caller, bool api)
    {
        if (!_clients.TryGetValue((caller, api), out var client))
        {
            client = caller == Caller.Anonymous ? app.CreateAnonymousClient()
                : api ? await app.CreateBearerClientAsync(caller.Email())
                : await app.CreateCookieClientAsync(caller.Email());
            _clients[(caller, api)] = client;
        }

        return client;
    }

    // A page that signs its caller out (a logout) must not turn the caller's later requests anonymous.
    private void ForgetClientIfSignedOut(Caller caller, bool api, HttpResponseMessage response)
    {
        var cookie = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).Cookie.Name;
        if (!api && response.Headers.TryGetValues(HeaderNames.SetCookie, out var cookies)
            && cookies.Any(c => c.StartsWith($"{cookie}=;", StringComparison.Ordinal)) && _clients.Remove((caller, api), out var client))
        {
            client.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }

    private static string Describe(Endpoint endpoint) =>
        endpoint is RouteEndpoint route ? $"{string.Join(",", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])} /{route.RoutePattern.RawText?.TrimStart('/')} ({endpoint.DisplayName})" : endpoint.DisplayName ?? "?";
}
