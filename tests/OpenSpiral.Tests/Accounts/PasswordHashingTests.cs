using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Accounts;

namespace OpenSpiral.Tests.Accounts;

[Collection(ApplicationCollection.Name)]
public sealed class PasswordHashingTests(OpenSpiralApplication app)
{
    private const string Password = "Hashing-test-2026";

    [Fact]
    public async Task A_new_password_is_hashed_with_pbkdf2_hmac_sha512_and_210000_iterations()
    {
        var email = await RegisterAsync();

        var (prf, iterations) = await HashParametersAsync(email);

        Assert.Equal((KeyDerivationPrfSha512, 210_000), (prf, iterations));
    }

    [Theory]
    [InlineData("page")]
    [InlineData("api")]
    public async Task A_hash_made_with_100000_iterations_is_upgraded_at_the_next_login(string through)
    {
        var email = await RegisterAsync();
        var weak = new PasswordHasher<User>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 })).HashPassword(new User(), Password);
        await app.QueryAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.PasswordHash, weak)));
        Assert.Equal((KeyDerivationPrfSha512, 100_000), await HashParametersAsync(email));

        if (through == "page")
        {
            using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
            using var login = await PageForm.PostAsync(browser, "/account/login", [new("Input.Email", email), new("Input.Password", Password)]);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }
        else
        {
            using var client = app.CreateAnonymousClient();
            using var login = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = Password });
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        Assert.Equal((KeyDerivationPrfSha512, 210_000), await HashParametersAsync(email));
        using var again = app.CreateAnonymousClient();
        using var relogin = await again.PostAsJsonAsync("/api/v1/identity/login", new { email, password = Password });
        Assert.Equal(HttpStatusCode.OK, relogin.StatusCode);
    }

    // Identity's V3 format: 0x01, then PRF, iteration count and salt length as big-endian 32-bit numbers.
    private const int KeyDerivationPrfSha512 = 2;

    private async Task<(int Prf, int Iterations)> HashParametersAsync(string email)
    {
        var hash = await app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash!).SingleAsync());
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1, 4)), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4)));
    }

    private async Task<string> RegisterAsync()
    {
        var email = TestAccounts.NewEmail("hashing");
        await TestAccounts.RegisterConfirmedAsync(app, email, Password);
        return email;
    }
}
