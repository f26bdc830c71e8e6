using Microsoft.AspNetCore.Authorization;
using OpenSpiral.Web.Features.Members;

namespace OpenSpiral.Web.Infrastructure.Authorization;

/// <summary>The user holds at least <see cref="MinimumRole"/> in the territory named by the route.</summary>
public sealed record TerritoryRoleRequirement(TerritoryRole MinimumRole) : IAuthorizationRequirement;
