using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Seo.WebApi.Http;

/// <summary>
/// Declares the problem-details extension members every failure carries (<c>code</c>, and where
/// they apply <c>rule</c>, <c>errors</c> and <c>member</c>), so consumers' contract tests can rely on them.
/// </summary>
internal sealed class ProblemSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (!typeof(ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type))
        {
            return Task.CompletedTask;
        }

        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Stable kebab-case code of the failure, e.g. vehicle-has-active-booking.",
        };
        schema.Properties["rule"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String | JsonSchemaType.Null,
            Description = "The paragraph of Rules No. 707 that is the reason, e.g. R21.",
        };
        schema.Properties["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object | JsonSchemaType.Null,
            Description = "Validation problems per field (400), or each failed check (422).",
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
        };
        schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String };
        schema.Properties["member"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String | JsonSchemaType.Null,
            Description = "The member (drivers[0].surname) or query parameter that input refused at the door concerns.",
        };

        // The other schemas are closed (the serializer refuses unknown members); a problem is not:
        // some carry more members (checks, checkRecordId), as RFC 9457 extensions may.
        schema.AdditionalPropertiesAllowed = true;
        schema.Required ??= new HashSet<string>();
        schema.Required.Add("code");
        return Task.CompletedTask;
    }
}
