using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Seo.WebApi.OpenApi;

/// <summary>Marks an answer that carries a Location header: where the created or accepted resource can be read.</summary>
internal sealed record AnswersWithLocation(int StatusCode, string Description);

/// <summary>
/// Declares the Location header on the answers an endpoint marked with <see cref="LocationHeaders.WithLocation"/>,
/// so a generated client reads it instead of guessing the URL of what it just created or started.
/// </summary>
internal sealed class LocationHeaderTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var marked in context.Description.ActionDescriptor.EndpointMetadata.OfType<AnswersWithLocation>())
        {
            if (operation.Responses?.GetValueOrDefault(marked.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not OpenApiResponse response)
            {
                continue;
            }

            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["Location"] = new OpenApiHeader
            {
                Description = marked.Description,
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" },
            };
        }

        return Task.CompletedTask;
    }
}

internal static class LocationHeaders
{
    /// <summary>The answer with this status carries a Location header saying where to read what it is about.</summary>
    public static RouteHandlerBuilder WithLocation(this RouteHandlerBuilder builder, int statusCode, string description) =>
        builder.WithMetadata(new AnswersWithLocation(statusCode, description));
}
