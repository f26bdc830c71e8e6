using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Tests.Authorization;

/// <summary>
/// Who may call an endpoint, read from its own metadata the way the authorization middleware reads it:
/// anonymous access, or every one of its requirements (signed in, administrator, a territory role).
/// </summary>
internal sealed class AccessRule
{
    public static readonly AccessRule Anonymous = new([]) { AllowsAnonymous = true };

    /// <summary>What the fallback policy asks of an endpoint that declares nothing.</summary>
    public static readonly AccessRule SignedIn = new([Requirement.SignedIn]);

    private readonly IReadOnlyList<Requirement> _requirements;

    private AccessRule(IReadOnlyList<Requirement> requirements) => _requirements = requirements;

    private enum Requirement
    {
        SignedIn,
        Administrator,
        TerritoryWork,
        TerritoryManage,
    }

    public bool AllowsAnonymous { get; private init; }

    /// <summary>The endpoint's own rule, or null when it declares none (and so falls back to signed-in users).</summary>
    public static AccessRule? Declared(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return Anonymous;
        }

        var authorizeData = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        var policies = endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>();
        if (authorizeData.Count == 0 && policies.Count == 0)
        {
            return null;
        }

        var requirements = new List<Requirement>();
        foreach (var data in authorizeData)
        {
            if (data.Policy is { } policy)
            {
                requirements.Add(policy switch
                {
                    Policies.Administrator => Requirement.Administrator,
                    Policies.TerritoryWork => Requirement.TerritoryWork,
                    Policies.TerritoryManage => Requirement.TerritoryManage,
                    _ => throw new InvalidOperationException($"Policy '{policy}' is unknown to the permission matrix: teach AccessRule what it allows."),
                });
            }

            if (data.Roles is { } roles)
            {
                requirements.Add(roles.Trim() == Roles.Administrator
                    ? Requirement.Administrator
                    : throw new InvalidOperationException($"Roles '{roles}' are unknown to the permission matrix: teach AccessRule what they allow."));
            }

            if (data.Policy is null && data.Roles is null)
            {
                requirements.Add(Requirement.SignedIn);
            }
        }

        foreach (var policy in policies)
        {
            requirements.Add(policy.Requirements.All(r => r is DenyAnonymousAuthorizationRequirement)
                ? Requirement.SignedIn
                : throw new InvalidOperationException("An inline AuthorizationPolicy is unknown to the permission matrix: use a named policy from Policies."));
        }

        return new AccessRule(requirements);
    }

    /// <summary>Whether <paramref name="caller"/> may call the endpoint in <paramref name="territory"/> (null when the route names none).</summary>
    public bool Allows(Caller caller, MatrixTerritory? territory) =>
        AllowsAnonymous || (caller != Caller.Anonymous && _requirements.All(r => Satisfies(r, caller, territory)));

    public override string ToString() => AllowsAnonymous ? "anonymous" : string.Join(" + ", _requirements);

    private static bool Satisfies(Requirement requirement, Caller caller, MatrixTerritory? territory) => requirement switch
    {
        Requirement.SignedIn => true,
        Requirement.Administrator => caller == Caller.Administrator,
        Requirement.TerritoryWork => caller == Caller.Administrator || territory?.RoleOf(caller) is not null,
        Requirement.TerritoryManage => caller == Caller.Administrator || territory?.RoleOf(caller) == TerritoryRole.Coordinator,
        _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement, null),
    };
}
