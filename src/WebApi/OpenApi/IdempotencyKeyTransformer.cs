using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Seo.WebApi.Http;

namespace Seo.WebApi.OpenApi;

/// <summary>
/// Declares what <see cref="IdempotencyMiddleware"/> does on a POST: the optional
/// <c>Idempotency-Key</c> request header, the <c>Idempotency-Replayed</c> header on a repeated
/// answer, a malformed key (400 invalid-idempotency-key) and a key reused for another request
/// (409 idempotency-key-reused).
/// </summary>
internal sealed class IdempotencyKeyTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPost(context.Description.HttpMethod ?? string.Empty)
            || context.Description.ActionDescriptor.EndpointMetadata.OfType<SkipIdempotency>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyMiddleware.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = "Makes a retry safe: the first answer to this key is stored with what the request changed, and the same " +
                "request with the same key gets that answer again (marked Idempotency-Replayed) and changes nothing. Keys are per caller and kept for Seo:Retention:IdempotentAnswers (a day by default).",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                MinLength = 1,
                MaxLength = IdempotencyMiddleware.MaxKeyLength,
                Pattern = "^[\\x21-\\x7E]+$",
            },
        });

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status.StartsWith('2') && response is OpenApiResponse answer)
            {
                answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
                answer.Headers[IdempotencyMiddleware.ReplayedHeader] = new OpenApiHeader
                {
                    Description = "Present (true) when this is the stored answer to an earlier request with the same Idempotency-Key.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [System.Text.Json.Nodes.JsonValue.Create("true")] },
                };
            }
        }

        ProblemResponsesTransformer.Add(operation, context, "400", "Bad Request: the input, or the Idempotency-Key, is malformed.");
        ProblemResponsesTransformer.Add(operation, context, "409", "Conflict: the state does not allow this, or the Idempotency-Key was used for another request.");
        ProblemResponsesTransformer.Sort(operation.Responses!);
        return Task.CompletedTask;
    }
}
