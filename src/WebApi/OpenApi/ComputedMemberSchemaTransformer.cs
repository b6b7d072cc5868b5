using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Seo.WebApi.OpenApi;

/// <summary>
/// A member computed from the others (a page's totalPages) has no setter, so the generator does
/// not count it among the members an answer always has; it is always written, and a value type is
/// never null, so it is required like them.
/// </summary>
internal sealed class ComputedMemberSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        foreach (var member in context.JsonTypeInfo.Properties)
        {
            var computed = member.Set is null && member.Get is not null
                && member.PropertyType.IsValueType && Nullable.GetUnderlyingType(member.PropertyType) is null;
            if (computed && schema.Properties.ContainsKey(member.Name))
            {
                schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
                schema.Required.Add(member.Name);
            }
        }

        return Task.CompletedTask;
    }
}
