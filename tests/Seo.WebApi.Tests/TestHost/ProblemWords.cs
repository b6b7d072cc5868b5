using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentValidation.Resources;
using Seo.Application.Common.Localization;

namespace Seo.WebApi.Tests.TestHost;

/// <summary>
/// Holds every problem the tests see to the message catalogue: its title, detail and field
/// messages must each be a message the catalogue can put into Russian and Kazakh
/// (docs/languages.md). Three kinds of words are exempt: FluentValidation's own messages, which it
/// translates itself, the framework's words quoted in a malformed request's detail, and the
/// registries' words in a refusal by the checks (its own words around them are translated).
/// </summary>
internal static partial class ProblemWords
{
    /// <summary>Problems whose detail quotes the framework (the JSON reader, routing, Kestrel).</summary>
    private static readonly HashSet<string> FrameworkWorded = new(StringComparer.Ordinal)
    {
        "malformed-request", "unsupported-media-type", "method-not-allowed", "bad-request",
    };

    /// <summary>Refusals that quote what the registries said of each check (R20).</summary>
    private static readonly HashSet<string> RegistryWorded = new(StringComparer.Ordinal)
    {
        "checks-refused", "document-expires-before-booked-date", "identity-document-expires-before-booked-date", "no-free-interval-while-documents-valid",
        "registry-unavailable",
    };

    /// <summary>The keys of FluentValidation's built-in messages that the validators here can produce.</summary>
    private static readonly string[] FluentValidationKeys =
    [
        "EmailValidator", "GreaterThanOrEqualValidator", "GreaterThanValidator", "LengthValidator", "MinimumLengthValidator",
        "MaximumLengthValidator", "LessThanOrEqualValidator", "LessThanValidator", "NotEmptyValidator", "NotEqualValidator",
        "NotNullValidator", "PredicateValidator", "AsyncPredicateValidator", "RegularExpressionValidator", "EqualValidator",
        "ExactLengthValidator", "InclusiveBetweenValidator", "ExclusiveBetweenValidator", "EmptyValidator", "NullValidator",
        "EnumValidator", "ScalePrecisionValidator",
    ];

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");

    private static readonly Regex[] FluentValidationMessages = [.. FluentValidationKeys
        .Select(key => new LanguageManager().GetString(key, CultureInfo.GetCultureInfo("en")))
        .Where(message => !string.IsNullOrEmpty(message))
        .Select(message => new Regex("^" + FluentPlaceholder().Replace(Regex.Escape(message), ".*") + "$", RegexOptions.Singleline))];

    /// <summary>What the English <paramref name="problem"/> says that the catalogue cannot translate; an answer in another language is not looked at.</summary>
    public static IEnumerable<string> Untranslated(JsonNode problem, string? contentLanguage)
    {
        if (contentLanguage != "en" || problem["code"]?.GetValue<string>() is not { } code || FrameworkWorded.Contains(code) || RegistryWorded.Contains(code))
        {
            yield break;
        }

        var texts = new[] { problem["title"], problem["detail"] }
            .Concat(problem["errors"] is JsonObject errors ? errors.SelectMany(field => field.Value?.AsArray() ?? []) : [])
            .OfType<JsonValue>()
            .Select(text => text.GetValue<string>());
        foreach (var text in texts)
        {
            if (!MessageCatalogue.Default.TryTranslate(text, Russian, out _) && !FluentValidationMessages.Any(message => message.IsMatch(text)))
            {
                yield return $"problem {code} says \"{text}\", which is not in the message catalogue (src/Application/Common/Localization/Messages.resx)";
            }
        }
    }

    /// <summary>A FluentValidation placeholder ({PropertyName}, {MaxLength}…) after Regex.Escape.</summary>
    [GeneratedRegex(@"\\\{[A-Za-z]+}")]
    private static partial Regex FluentPlaceholder();
}
