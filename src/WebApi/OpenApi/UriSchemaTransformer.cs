using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Seo.WebApi.OpenApi;

/// <summary>
/// A <see cref="Uri"/> may be relative (the sandbox acquirer's payment page is a path on this
/// API), so the contract says <c>uri-reference</c>, not the absolute <c>uri</c> the generator assumes.
/// </summary>
internal sealed class UriSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonTypeInfo.Type == typeof(Uri))
        {
            schema.Format = "uri-reference";
        }

        return Task.CompletedTask;
    }
}
