using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>
/// Builds the absolute links that leave the site (in mails) from App:PublicUrl, never from the
/// request: a forged Host header must not send someone's reset token to another site. In
/// Development, when App:PublicUrl is empty, the first address Kestrel listens on stands in.
/// </summary>
public sealed class PublicOrigin(IOptions<AppOptions> options, IServer server)
{
    private Uri? _root;

    /// <summary>The absolute address of <paramref name="pathAndQuery"/> (such as /account/login?x=1) on the public site.</summary>
    public Uri Link(string pathAndQuery) => new(Root, pathAndQuery.TrimStart('/'));

    /// <summary>The public address, ending with a slash.</summary>
    public Uri Root => _root ??= Normalize(options.Value.PublicUrl is { Length: > 0 } url ? url : ListeningAddress());

    private static Uri Normalize(string url)
    {
        var builder = new UriBuilder(url);
        if (!builder.Path.EndsWith('/'))
        {
            builder.Path += "/";
        }

        return builder.Uri;
    }

    // Kestrel reports wildcard bindings (http://+:5080, http://[::]:5080) as such: a browser needs a host name.
    private string ListeningAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("App:PublicUrl is not set and the server listens on no known address.");
        var builder = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (builder.Host is "0.0.0.0" or "[::]" or "::")
        {
            builder.Host = "localhost";
        }

        return builder.Uri.ToString();
    }
}
