using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Seo.WebApi.Telemetry;

namespace Seo.WebApi.OpenApi;

/// <summary>Declares the <c>traceresponse</c> header every answer carries, once, and refers to it from each answer.</summary>
internal sealed class TraceResponseHeaderTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        document.Components.Headers[TraceResponseMiddleware.Header] = new OpenApiHeader
        {
            Description = "The trace this answer belongs to (W3C Trace Context: version-traceid-spanid-flags); quote it when reporting a problem.",
            Required = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$" },
        };
        var answers = (document.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
            .SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(operation => operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
            .OfType<OpenApiResponse>();
        foreach (var answer in answers)
        {
            answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
            answer.Headers[TraceResponseMiddleware.Header] = new OpenApiHeaderReference(TraceResponseMiddleware.Header, document);
        }

        return Task.CompletedTask;
    }
}
