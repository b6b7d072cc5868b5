using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Seo.WebApi.OpenApi;

/// <summary>
/// Gives each request body and answer its example, from <c>contracts/examples.v1.json</c> (built
/// into the assembly): real bodies the API took and gave in its own tests, recorded there by
/// <c>SEO_RECORD_EXAMPLES=1</c> and kept until an operation's shape changes, so the reference and
/// generated clients' docs show what the API really exchanges, not an all-null guess. An example
/// written by an endpoint itself is kept.
/// </summary>
internal sealed class ExamplesTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The name under which the examples file is built into the assembly.</summary>
    public const string ResourceName = "Seo.WebApi.examples.v1.json";

    /// <summary>The key of a request body's example in an operation's entry; the others are statuses.</summary>
    public const string RequestKey = "request";

    private static readonly Lazy<JsonObject> Examples = new(Load);

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var operation in (document.Paths ?? []).SelectMany(path => path.Value.Operations ?? []).Select(o => o.Value))
        {
            if (operation.OperationId is not { } id || Examples.Value[id] is not JsonObject recorded)
            {
                continue;
            }

            if (recorded[RequestKey] is { } request && Json(operation.RequestBody?.Content) is { Example: null } body)
            {
                body.Example = request.DeepClone();
            }

            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (recorded[status] is { } answer && Json(response.Content) is { Example: null } media)
                {
                    media.Example = answer.DeepClone();
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The JSON media type of a body (requests and successes; problems have no recorded examples).</summary>
    private static OpenApiMediaType? Json(IDictionary<string, OpenApiMediaType>? content) =>
        content is not null && content.TryGetValue("application/json", out var json) ? json : null;

    private static JsonObject Load()
    {
        using var stream = typeof(ExamplesTransformer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{ResourceName} is not built into the API."));
        return JsonNode.Parse(stream)!.AsObject();
    }
}
