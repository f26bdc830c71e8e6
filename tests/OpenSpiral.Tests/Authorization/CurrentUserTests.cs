using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Tests.Authorization;

/// <summary>The application reads who is signed in one way only: <see cref="CurrentUser.GetUserId"/>.</summary>
[Collection(ApplicationCollection.Name)]
public sealed partial class CurrentUserTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_user_id_read_from_a_signed_in_principal_is_the_identity_user_id()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByEmailAsync(DemoData.Coordinator1);
        Assert.NotNull(user);

        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<User>>().CreateAsync(user);

        Assert.Equal(user.Id, principal.GetUserId());
    }

    [Fact]
    public void An_anonymous_visitor_has_no_user_id()
    {
        Assert.Null(new ClaimsPrincipal(new ClaimsIdentity()).GetUserId());
    }

    [Fact]
    public void No_code_reads_the_user_id_claim_other_than_the_current_user_helper()
    {
        var readers = RepositoryFiles.WebSourceFiles()
            .Where(f => f != "Infrastructure/Authorization/CurrentUser.cs")
            .Where(f => UserIdReading().IsMatch(File.ReadAllText(Path.Combine(RepositoryFiles.WebProject, f))))
            .ToList();

        Assert.Empty(readers);
    }

    [Fact]
    public void The_scan_recognises_every_former_way_of_reading_the_user_id()
    {
        Assert.All(
            ["User.FindFirstValue(ClaimTypes.NameIdentifier)", "users.GetUserId(User)", "principal?.FindFirstValue(claims.UserIdClaimType)", "FindFirst(ClaimTypes.NameIdentifier)"],
            code => Assert.Matches(UserIdReading(), code));
        Assert.DoesNotMatch(UserIdReading(), "User.GetUserId()");
    }

    [GeneratedRegex(@"ClaimTypes\.NameIdentifier|UserIdClaimType|GetUserId\(\s*[A-Za-z_]")]
    private static partial Regex UserIdReading();
}
