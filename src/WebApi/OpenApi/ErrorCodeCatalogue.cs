using System.Globalization;
using System.Text.Json.Nodes;

namespace Seo.WebApi.OpenApi;

/// <summary>
/// The problem codes the API can answer with, from <c>contracts/error-codes.v1.json</c> (built
/// in; a test holds that file to the code). The contract gives them as the <c>code</c> member's
/// <c>x-extensible-enum</c>: the values a client may switch on, in a list that may grow — a closed
/// <c>enum</c> would make every new code a breaking change for released clients.
/// </summary>
internal static class ErrorCodeCatalogue
{
    public const string ResourceName = "Seo.WebApi.error-codes.v1.json";

    private static readonly Lazy<IReadOnlyList<string>> Codes = new(Load);

    public static IReadOnlyList<string> All => Codes.Value;

    private static List<string> Load()
    {
        using var stream = typeof(ErrorCodeCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{ResourceName} is not built into the API."));
        return [.. JsonNode.Parse(stream)!.AsArray().Select(code => code!.GetValue<string>())];
    }
}
