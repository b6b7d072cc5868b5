using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Seo.Application.Common.Localization;

namespace Seo.WebApi.OpenApi;

/// <summary>Marks an endpoint whose success answer carries words in the caller's language (Localization/Languages).</summary>
internal sealed record AnswersInLanguage;

/// <summary>
/// Declares <c>Content-Language</c>, once, on every problem answer and on the success answers of
/// endpoints marked <see cref="AnswersInLanguage"/>: the language the words were put in, from
/// the caller's <c>Accept-Language</c>.
/// </summary>
internal sealed class ContentLanguageTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        document.Components ??= new OpenApiComponents();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        document.Components.Headers[HeaderNames.ContentLanguage] = new OpenApiHeader
        {
            Description = "The language of the answer's words, chosen by the request's Accept-Language: en (the default), ru or kk. Codes and members are the same in every language.",
            Required = true,
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. MessageCatalogue.Languages.Select(language => (System.Text.Json.Nodes.JsonNode)language.Name)],
            },
        };
        var inLanguage = context.DescriptionGroups
            .SelectMany(group => group.Items)
            .Where(description => description.ActionDescriptor.EndpointMetadata.OfType<AnswersInLanguage>().Any())
            .Select(description => description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName)
            .ToHashSet(StringComparer.Ordinal);
        var operations = (document.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
            .SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>());
        foreach (var operation in operations)
        {
            foreach (var (status, answer) in operation.Responses ?? [])
            {
                var words = answer.Content?.ContainsKey("application/problem+json") == true
                    || (status.StartsWith('2') && inLanguage.Contains(operation.OperationId ?? string.Empty));
                if (words && answer is OpenApiResponse response)
                {
                    response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    response.Headers[HeaderNames.ContentLanguage] = new OpenApiHeaderReference(HeaderNames.ContentLanguage, document);
                }
            }
        }

        return Task.CompletedTask;
    }
}

internal static class LanguageAnswers
{
    /// <summary>The endpoint's success answer holds words in the caller's language, and says which in Content-Language.</summary>
    public static RouteHandlerBuilder WithLanguage(this RouteHandlerBuilder builder) => builder.WithMetadata(new AnswersInLanguage());
}
