using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Seo.WebApi.OpenApi;

/// <summary>Marks an endpoint that answers through <see cref="Http.CacheableAnswer"/>: public, with an ETag.</summary>
internal sealed record AnswersCacheably;

/// <summary>
/// Declares the headers every <see cref="Http.CacheableAnswer"/> carries, on its 200 and on its
/// 304: the ETag to revalidate with and the Cache-Control that lets shared caches keep it.
/// </summary>
internal sealed class CacheableAnswerTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<AnswersCacheably>().Any())
        {
            return Task.CompletedTask;
        }

        foreach (var status in (string[])["200", "304"])
        {
            if (operation.Responses?.GetValueOrDefault(status) is not OpenApiResponse response)
            {
                continue;
            }

            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["ETag"] = new OpenApiHeader
            {
                Description = "The answer's version (a hash of its body); send it back as If-None-Match to get 304 while it is unchanged.",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
            response.Headers["Cache-Control"] = new OpenApiHeader
            {
                Description = "public, max-age=N: how many seconds a shared cache may serve it without asking again.",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^public, max-age=[0-9]+$" },
            };
        }

        return Task.CompletedTask;
    }
}

internal static class CacheableAnswers
{
    /// <summary>The endpoint answers through <see cref="Http.CacheableAnswer"/>: 200 or 304, with ETag and Cache-Control.</summary>
    public static RouteHandlerBuilder WithCacheableAnswer(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new AnswersCacheably()).Produces(StatusCodes.Status304NotModified);
}
