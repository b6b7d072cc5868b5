using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;
using Seo.Application.Common.Localization;

namespace Seo.WebApi.Localization;

/// <summary>
/// The language of an answer's words, chosen by the caller's <c>Accept-Language</c> among
/// English, Russian and Kazakh (<c>ru-RU</c> is Russian, <c>kk-KZ</c> Kazakh; any other is
/// English). Only the words change: codes, members, numbers and formats stay as they are, so
/// a client that switches on <c>code</c> reads the same answer in every language.
/// </summary>
internal static class Languages
{
    public static IServiceCollection AddSeoLanguages(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // Only the language of the words is the caller's: numbers and dates keep one format
            // (the invariant one), whatever the caller's culture would write.
            options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, MessageCatalogue.English);
            options.SupportedCultures = [CultureInfo.InvariantCulture];
            options.SupportedUICultures = [.. MessageCatalogue.Languages];
            // The header only: a query parameter or cookie would be a member the contract does not have.
            options.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });

    /// <summary>The language the answer's words are in, as <c>Content-Language</c> names it: en, ru or kk.</summary>
    public static string Spoken => MessageCatalogue.Default.LanguageOf(CultureInfo.CurrentUICulture) ?? MessageCatalogue.English.Name;

    /// <summary>Words of the system in the caller's language (where the catalogue has them).</summary>
    public static string Translate(string text) => MessageCatalogue.Default.Translate(text, CultureInfo.CurrentUICulture);

    /// <summary>Says in the answer which language its words are in.</summary>
    public static void SayWhich(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers[HeaderNames.ContentLanguage] = Spoken;
    }
}
