using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Seo.WebApi.OpenApi;

/// <summary>
/// Every enum is a string on the wire (names only, see the JSON options), so its schema says
/// <c>"type": "string"</c>; and it never lists <c>null</c>: where a member may be null, the
/// member's own schema says so. The generator otherwise leaves enums untyped (NSwag then makes
/// placeholder classes) and puts <c>null</c> among the names of an enum it first met as nullable,
/// which makes a <c>null</c> answer match both branches of the member's <c>oneOf</c>.
/// </summary>
internal sealed class EnumSchemaTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            if (schema.Enum is not { Count: > 0 } names)
            {
                continue;
            }

            schema.Enum = names.Where(name => name is not null && name.GetValueKind() != JsonValueKind.Null).ToList();
            if (schema.Enum.All(name => name is JsonValue value && value.GetValueKind() == JsonValueKind.String))
            {
                schema.Type = JsonSchemaType.String;
            }
        }

        return Task.CompletedTask;
    }
}
