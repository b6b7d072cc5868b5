using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Seo.WebApi.OpenApi;

/// <summary>
/// Declares the Retry-After header on every 429 (a rate limit or a sign-in lockout) and 503 (a
/// source or the password gate busy) answer: the API always says when to try again.
/// </summary>
internal sealed class RetryAfterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
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
}
