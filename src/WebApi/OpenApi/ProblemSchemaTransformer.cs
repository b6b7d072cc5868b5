using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Seo.Domain.Verification;

namespace Seo.WebApi.OpenApi;

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
            Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$",
            Description = "Stable kebab-case code of the failure, e.g. vehicle-has-active-booking; clients switch on it, never on the detail. "
                + "x-extensible-enum lists every code this version answers with; a later version may add codes, so a client treats an unknown one by its status.",
            Extensions = new Dictionary<string, IOpenApiExtension>
            {
                ["x-extensible-enum"] = new JsonNodeExtension(new JsonArray([.. ErrorCodeCatalogue.All.Select(code => (JsonNode)code)])),
            },
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

        schema.Properties[VerificationErrors.ChecksMember] = new OpenApiSchema
        {
            Type = JsonSchemaType.Array | JsonSchemaType.Null,
            Description = "R20: the checks behind a refusal (422 checks-refused) or an unanswered registry (503 registry-unavailable), each with its reason.",
            Items = CheckFinding(),
        };
        // RegistryChecksBehavior.RecordMember (a constant of a generic type).
        schema.Properties["checkRecordId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String | JsonSchemaType.Null,
            Format = "uuid",
            Description = "The record of the checks that refused the request: GET /api/v1/checks/{id}.",
        };

        // The other schemas are closed (the serializer refuses unknown members); a problem is not:
        // some carry more members (checks, checkRecordId), as RFC 9457 extensions may.
        schema.AdditionalPropertiesAllowed = true;
        schema.Required ??= new HashSet<string>();
        schema.Required.Add("code");
        return Task.CompletedTask;
    }

    /// <summary>One check's finding, as <see cref="Domain.Verification.CheckFinding"/> is written.</summary>
    private static OpenApiSchema CheckFinding() => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { "check", "name", "source" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["check"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The check's number in R18, 1 to 18." },
            ["name"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["source"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The registry that answers it." },
            ["reason"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["reference"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["validUntil"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date" },
        },
    };
}
