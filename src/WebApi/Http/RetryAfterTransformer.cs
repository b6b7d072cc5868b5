using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Seo.WebApi.Http;

/// <summary>
/// Declares the Retry-After header on every 429 (a rate limit or a sign-in lockout) and 503 (a
/// source or the password gate busy) answer: the API always says when to try again.
/// </summary>
internal sealed class RetryAfterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        PutTooManyRequestsInOrder(operation);
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status is not ("429" or "503") || response is not OpenApiResponse concrete)
            {
                continue;
            }

            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before sending the same request again.",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" },
            };
        }

        return Task.CompletedTask;
    }

    /// <summary>The 429 every API operation has (declared on the route group, so first) goes among the others by status.</summary>
    private static void PutTooManyRequestsInOrder(OpenApiOperation operation)
    {
        if (operation.Responses is not { } responses || !responses.TryGetValue("429", out var tooMany))
        {
            return;
        }

        var others = responses.Where(r => r.Key != "429").ToList();
        responses.Clear();
        foreach (var (status, response) in others.Where(r => string.CompareOrdinal(r.Key, "429") < 0))
        {
            responses.Add(status, response);
        }

        responses.Add("429", tooMany);
        foreach (var (status, response) in others.Where(r => string.CompareOrdinal(r.Key, "429") > 0))
        {
            responses.Add(status, response);
        }
    }
}
