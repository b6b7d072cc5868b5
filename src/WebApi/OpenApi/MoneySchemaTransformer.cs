using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Seo.Application.Common.Mapping;

namespace Seo.WebApi.OpenApi;

/// <summary>Money's amount is a decimal string with two tiyn digits in the contract, as it is on the wire.</summary>
internal sealed class MoneySchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonTypeInfo.Type == typeof(MoneyDto) && schema.Properties is { } properties)
        {
            properties["amount"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Pattern = TengeAmountJsonConverter.Pattern,
                Description = "Tenge with its two tiyn digits, as a decimal string (exact; never a binary floating-point number).",
                Examples = [System.Text.Json.Nodes.JsonValue.Create("8650.00")],
            };
        }

        return Task.CompletedTask;
    }
}
