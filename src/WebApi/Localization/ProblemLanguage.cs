using System.Globalization;
using Seo.Application.Common.Localization;

namespace Seo.WebApi.Localization;

/// <summary>
/// Every problem in the caller's language (<see cref="Languages"/>): its title, its detail and
/// the messages of its <c>errors</c> map. The code, the type, the rule and the field paths are
/// the same in every language. A message the catalogue does not have (a framework's own words)
/// stays in English.
/// </summary>
internal static class ProblemLanguage
{
    public static void Apply(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var language = CultureInfo.CurrentUICulture;
        var catalogue = MessageCatalogue.Default;
        Languages.SayWhich(context.HttpContext.Response);
        if (catalogue.LanguageOf(language) is null)
        {
            return;
        }

        problem.Title = problem.Title is { } title ? catalogue.Translate(title, language) : null;
        problem.Detail = problem.Detail is { } detail ? catalogue.Translate(detail, language) : null;
        if (problem.Extensions.TryGetValue("errors", out var found) && found is IEnumerable<KeyValuePair<string, string[]>> errors)
        {
            problem.Extensions["errors"] = errors.ToDictionary(
                field => field.Key,
                field => field.Value.Select(message => catalogue.Translate(message, language)).ToArray(),
                StringComparer.Ordinal);
        }
    }
}
