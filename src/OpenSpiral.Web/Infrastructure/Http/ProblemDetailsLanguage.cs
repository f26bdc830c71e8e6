using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Infrastructure.Http;

/// <summary>
/// Puts a whole API error in the request's language: the framework's standard titles ("Not Found",
/// "One or more validation errors occurred.") and the DataAnnotations messages of .NET 10
/// <c>AddValidation()</c>, which formats them in English with no localizer to ask (unlike pages,
/// where MVC's DataAnnotations localization asks SharedResource).
/// </summary>
/// <remarks>Request localization runs first (see Program.cs): the UI culture is the request's here.</remarks>
public static partial class ProblemDetailsLanguage
{
    private static readonly Lazy<MessageTemplates> Templates = new(() => MessageTemplates.Of(typeof(ProblemDetailsLanguage).Assembly));

    public static void Translate(ProblemDetailsContext context)
    {
        var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        context.ProblemDetails.Title = StandardTitle(context.ProblemDetails.Title, l) ?? context.ProblemDetails.Title;
        if (context.ProblemDetails is not HttpValidationProblemDetails { Errors.Count: > 0 } problem
            || !context.HttpContext.Request.Path.StartsWithSegments("/api"))
        {
            return;
        }

        foreach (var (key, messages) in problem.Errors.ToList())
        {
            problem.Errors[key] = [.. messages.Select(m => Templates.Value.Translate(m, l))];
        }
    }

    // The titles ASP.NET Core writes by itself (ProblemDetailsDefaults, reason phrases, HttpValidationProblemDetails).
    private static string? StandardTitle(string? title, IStringLocalizer l) => title switch
    {
        "One or more validation errors occurred." => l["One or more validation errors occurred."].Value,
        "Bad Request" => l["Bad request"].Value,
        "Unauthorized" => l["Unauthorized"].Value,
        "Forbidden" => l["Forbidden"].Value,
        "Not Found" => l["Not Found"].Value,
        "Method Not Allowed" => l["Method Not Allowed"].Value,
        "Not Acceptable" => l["Not Acceptable"].Value,
        "Conflict" => l["Conflict"].Value,
        "Unsupported Media Type" => l["Unsupported Media Type"].Value,
        "Too Many Requests" => l["Too Many Requests"].Value,
        "An error occurred while processing your request." => l["An error occurred while processing your request."].Value,
        "Service Unavailable" => l["Service Unavailable"].Value,
        _ => null,
    };

    /// <summary>The English message templates and field names of the validation attributes in the application's types.</summary>
    private sealed class MessageTemplates(List<MessageTemplate> templates, HashSet<string> displayNames)
    {
        public static MessageTemplates Of(Assembly assembly)
        {
            var properties = assembly.GetTypes().SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)).ToList();
            var templates = properties
                .SelectMany(p => p.GetCustomAttributes<ValidationAttribute>())
                .Select(a => a.ErrorMessage)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Select(MessageTemplate.Of)
                .ToList();
            var names = properties.Select(p => p.GetCustomAttribute<DisplayAttribute>()?.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
            return new MessageTemplates(templates, names);
        }

        /// <summary>The message in the request's language when it is a validation attribute's English message; as it is otherwise.</summary>
        public string Translate(string message, IStringLocalizer l)
        {
            foreach (var template in templates)
            {
                if (template.Pattern.Match(message) is { Success: true } match)
                {
                    var arguments = Enumerable.Range(0, template.ArgumentCount)
                        .Select(i => match.Groups[$"a{i}"] is { Success: true } group ? Field(group.Value, l) : "")
                        .ToArray<object>();
                    return l[template.Text, arguments];
                }
            }

            return message;
        }

        // Field names ({0}) are translated like the pages' labels; numbers and lengths stay as they are.
        private string Field(string text, IStringLocalizer l) => displayNames.Contains(text) ? l[text] : text;
    }

    /// <summary>"The {0} field is required." and the pattern that finds its arguments in a formatted message.</summary>
    private sealed record MessageTemplate(string Text, Regex Pattern, int ArgumentCount)
    {
        public static MessageTemplate Of(string text)
        {
            var pattern = new StringBuilder("^");
            var end = 0;
            var count = 0;
            foreach (Match placeholder in Placeholder().Matches(text))
            {
                var index = int.Parse(placeholder.Groups[1].Value, CultureInfo.InvariantCulture);
                pattern.Append(Regex.Escape(text[end..placeholder.Index])).Append(CultureInfo.InvariantCulture, $"(?<a{index}>.+?)");
                end = placeholder.Index + placeholder.Length;
                count = Math.Max(count, index + 1);
            }

            pattern.Append(Regex.Escape(text[end..])).Append('$');
            return new MessageTemplate(text, new Regex(pattern.ToString(), RegexOptions.CultureInvariant), count);
        }
    }

    [GeneratedRegex(@"\{(\d)\}")]
    private static partial Regex Placeholder();
}
