using Microsoft.Extensions.Options;

namespace OpenSpiral.Web.Infrastructure.Http;

public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>The site's public address, such as https://openspiral.example.org: every link in a mail starts with it.</summary>
    public string? PublicUrl { get; set; }
}

/// <summary>Stops the start-up when App:PublicUrl is not an absolute http(s) address (it may stay empty in Development only).</summary>
internal sealed class AppOptionsValidation(IHostEnvironment environment) : IValidateOptions<AppOptions>
{
    public ValidateOptionsResult Validate(string? name, AppOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PublicUrl))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("App:PublicUrl is not set: give the site's public address, such as https://openspiral.example.org, which starts every link in the mails.");
        }

        return Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment) && string.IsNullOrEmpty(url.UserInfo)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"App:PublicUrl '{options.PublicUrl}' is not an absolute http or https address without query, such as https://openspiral.example.org.");
    }
}
