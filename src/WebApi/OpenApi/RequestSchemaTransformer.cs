using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Seo.WebApi.OpenApi;

/// <summary>
/// Request bodies say what a client must send. The generator marks every constructor parameter of a
/// request record required, and the records take every member as nullable so that the validators,
/// not the serializer, answer a missing one with a problem that names it. Here each request schema
/// requires exactly the members of <see cref="RequestBodyRequirements"/> (the ones its validator
/// refuses to go without), and a required member is not nullable: sending <c>null</c> is the
/// same 400 as leaving it out. The optional members stay nullable and optional.
/// </summary>
internal sealed class RequestSchemaTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Components?.Schemas is not { } schemas)
        {
            return Task.CompletedTask;
        }

        foreach (var name in RequestSchemaNames(document, schemas))
        {
            if (schemas[name] is not OpenApiSchema { Properties: { Count: > 0 } properties } schema
                || !RequestBodyRequirements.Required.TryGetValue(name, out var required))
            {
                continue;
            }

            schema.Required = new HashSet<string>(required, StringComparer.Ordinal);
            foreach (var member in required)
            {
                properties[member] = WithoutNull(properties[member]);
            }

            if (RequestBodyRequirements.Choices.TryGetValue(name, out var choice))
            {
                // Said as members sent together, not as oneOf: generators (NSwag) take a oneOf of
                // required lists for the class itself and lose the other members.
                schema.Description = choice.Description;
                schema.DependentRequired = choice.Together.ToDictionary(
                    pair => pair.Member, pair => new HashSet<string>(pair.With, StringComparer.Ordinal), StringComparer.Ordinal);
            }

            foreach (var (member, pattern) in RequestBodyRequirements.Patterns.GetValueOrDefault(name, []))
            {
                if (properties[member] is OpenApiSchema text)
                {
                    text.Pattern = pattern;
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The component schemas a request body reaches, directly or through its members.</summary>
    private static HashSet<string> RequestSchemaNames(OpenApiDocument document, IDictionary<string, IOpenApiSchema> schemas)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var bodies = (document.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
            .SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(operation => operation.RequestBody?.Content?.Values ?? Enumerable.Empty<OpenApiMediaType>())
            .Select(media => media.Schema);
        foreach (var body in bodies)
        {
            Reach(body, schemas, reached);
        }

        return reached;
    }

    private static void Reach(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> reached)
    {
        switch (schema)
        {
            case null:
                return;
            case OpenApiSchemaReference reference:
                if (reference.Reference.Id is { } id && reached.Add(id) && schemas.TryGetValue(id, out var target))
                {
                    Reach(target, schemas, reached);
                }

                return;
        }

        foreach (var member in schema.Properties?.Values ?? [])
        {
            Reach(member, schemas, reached);
        }

        foreach (var part in (schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.AllOf ?? []))
        {
            Reach(part, schemas, reached);
        }

        Reach(schema.Items, schemas, reached);
        Reach(schema.AdditionalProperties, schemas, reached);
    }

    /// <summary>The member's schema with <c>null</c> no longer allowed.</summary>
    private static IOpenApiSchema WithoutNull(IOpenApiSchema member)
    {
        if (member is OpenApiSchema { OneOf: { Count: 2 } branches }
            && branches.SingleOrDefault(b => b is OpenApiSchema { Type: JsonSchemaType.Null }) is { } nullBranch)
        {
            return branches.Single(b => !ReferenceEquals(b, nullBranch));
        }

        if (member is OpenApiSchema { Type: { } type } concrete && type.HasFlag(JsonSchemaType.Null))
        {
            concrete.Type = type & ~JsonSchemaType.Null;
        }

        return member;
    }
}
