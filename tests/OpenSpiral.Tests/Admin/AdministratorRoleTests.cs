using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Accounts;

namespace OpenSpiral.Tests.Admin;

[Collection(ApplicationCollection.Name)]
public sealed class AdministratorRoleTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task An_administrator_removes_another_administrators_role_only_after_confirming_it()
    {
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        var (userId, email) = await CreateUserAsync(app, "Olga Other");

        using var made = await PageForm.PostAsync(admin, "/admin/users", [new("userId", userId)], "/admin/users?handler=MakeAdministrator");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.True(await IsAdministratorAsync(app, userId));

        var list = await admin.GetStringAsync($"/admin/users?q={Uri.EscapeDataString(email)}");
        Assert.Contains($"href=\"/admin/users/{userId}/remove-administrator\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Administrator", list, StringComparison.Ordinal);

        var confirmation = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/users/{userId}/remove-administrator"));
        Assert.Contains("Olga Other will no longer be a network administrator.", confirmation, StringComparison.Ordinal);
        Assert.Contains("Yes, remove the administrator role", confirmation, StringComparison.Ordinal);
        Assert.True(await IsAdministratorAsync(app, userId), "Showing the confirmation must not remove the role.");

        using var removed = await PageForm.PostAsync(admin, $"/admin/users/{userId}/remove-administrator", []);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal("/admin/users", removed.Headers.Location?.OriginalString);
        Assert.False(await IsAdministratorAsync(app, userId));
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_role()
    {
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        var ownId = await UserIdAsync(app, DemoData.Administrator);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/users/{ownId}/remove-administrator"));
        using var posted = await PageForm.PostAsync(admin, $"/admin/users/{ownId}/remove-administrator", []);

        Assert.Contains("You cannot remove your own administrator role. Ask another administrator.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Yes, remove the administrator role", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("You cannot remove your own administrator role.", WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.True(await IsAdministratorAsync(app, ownId));
    }

    [Fact]
    public async Task The_last_administrator_keeps_the_role_even_when_asked_from_a_session_that_lost_its_own()
    {
        // An application of its own: it leaves the network with a single administrator.
        await using var own = OpenSpiralApplication.Create(demo: true);
        await own.InitializeAsync();
        var (formerId, formerEmail) = await CreateUserAsync(own, "Frida Former", administrator: true);
        using var former = await own.CreateCookieClientAsync(formerEmail);
        var lastId = await UserIdAsync(own, DemoData.Administrator);

        // Another administrator takes Frida's role while her session is still open.
        await using (var scope = own.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var removed = await users.RemoveFromRoleAsync((await users.FindByIdAsync(formerId))!, Roles.Administrator);
            Assert.True(removed.Succeeded);
        }

        using var response = await PageForm.PostAsync(former, $"/admin/users/{lastId}/remove-administrator", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ana Admin is the network's last administrator: make someone else administrator first.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.True(await IsAdministratorAsync(own, lastId));
    }

    private static async Task<(string Id, string Email)> CreateUserAsync(OpenSpiralApplication application, string displayName, bool administrator = false)
    {
        await using var scope = application.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var email = $"admin-role-{Guid.NewGuid():N}@example.org";
        var user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, PreferredLanguage = "en" };
        Assert.True((await users.CreateAsync(user, OpenSpiral.Web.Features.Demo.DemoOptions.Password)).Succeeded);
        if (administrator)
        {
            Assert.True((await users.AddToRoleAsync(user, Roles.Administrator)).Succeeded);
        }

        return (user.Id, email);
    }

    private static async Task<string> UserIdAsync(OpenSpiralApplication application, string email)
    {
        await using var scope = application.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }

    private static async Task<bool> IsAdministratorAsync(OpenSpiralApplication application, string userId)
    {
        await using var scope = application.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        return await users.IsInRoleAsync((await users.FindByIdAsync(userId))!, Roles.Administrator);
    }
}
