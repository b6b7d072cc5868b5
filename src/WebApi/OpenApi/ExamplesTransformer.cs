using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Seo.WebApi.OpenApi;

/// <summary>
/// Gives each request body and answer its example, from <c>contracts/examples.v1.json</c> (built
/// into the assembly): real bodies the API took and gave in its own tests, recorded there by
/// <c>SEO_RECORD_EXAMPLES=1</c> and kept until an operation's shape changes, so the reference and
/// generated clients' docs show what the API really exchanges, not an all-null guess. A problem
/// answer refers to the one recorded problem of its status (<c>#/components/examples/problem-404</c>):
/// one shape for all, shown once rather than in every operation. An example written by an
/// endpoint itself is kept.
/// </summary>
internal sealed class ExamplesTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The name under which the examples file is built into the assembly.</summary>
    public const string ResourceName = "Seo.WebApi.examples.v1.json";

    /// <summary>The key of a request body's example in an operation's entry; the others are statuses.</summary>
    public const string RequestKey = "request";

    /// <summary>The entry of the problems' examples, one per status, shared by every operation.</summary>
    public const string ProblemsEntry = "ProblemDetails";

    /// <summary>The name of a status's problem example among the document's components.</summary>
    public static string ProblemExample(string status) => "problem-" + status;

    private static readonly Lazy<JsonObject> Examples = new(Load);

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = ProblemExamples(document);
        foreach (var operation in (document.Paths ?? []).SelectMany(path => path.Value.Operations ?? []).Select(o => o.Value))
        {
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (problems.Contains(status) && response.Content is { } content && content.TryGetValue("application/problem+json", out var problem) && problem is { Example: null, Examples: null })
                {
                    problem.Examples = new Dictionary<string, IOpenApiExample>
                    {
                        [ProblemExample(status)] = new OpenApiExampleReference(ProblemExample(status), document),
                    };
                }
            }

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

    /// <summary>Puts each status's recorded problem among the components; the statuses that have one.</summary>
    private static HashSet<string> ProblemExamples(OpenApiDocument document)
    {
        if (Examples.Value[ProblemsEntry] is not JsonObject recorded)
        {
            return [];
        }

        document.Components ??= new OpenApiComponents();
        document.Components.Examples ??= new Dictionary<string, IOpenApiExample>();
        foreach (var (status, body) in recorded)
        {
            document.Components.Examples[ProblemExample(status)] = new OpenApiExample
            {
                Summary = string.Create(CultureInfo.InvariantCulture, $"A {status} problem as the API answered it in its tests"),
                Value = body!.DeepClone(),
            };
        }

        return [.. recorded.Select(entry => entry.Key)];
    }

    /// <summary>The JSON media type of a body (requests and successes; problems are application/problem+json).</summary>
    private static OpenApiMediaType? Json(IDictionary<string, OpenApiMediaType>? content) =>
        content is not null && content.TryGetValue("application/json", out var json) ? json : null;

    private static JsonObject Load()
    {
        using var stream = typeof(ExamplesTransformer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{ResourceName} is not built into the API."));
        return JsonNode.Parse(stream)!.AsObject();
    }
}
