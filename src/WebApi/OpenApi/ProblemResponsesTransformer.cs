using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Seo.WebApi.OpenApi;

/// <summary>
/// The failures every operation of a kind can meet, whether or not its endpoint lists them:
/// 401 and 403 where authorization is required (no or a bad credential; a role the policy does
/// not take) and 503 (the session cannot be checked while the store is unreachable), and 415 where a JSON body is read (another media type is refused before the
/// handler). Each is a problem-details answer, like every other failure.
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        operation.Responses ??= [];
        if (SecuritySchemeTransformer.RequiresAuthorization(context.Description.ActionDescriptor.EndpointMetadata))
        {
            Add(operation, context, "401", "Unauthorized: no credential, or one that is expired, revoked or not believed.");
            Add(operation, context, "403", "Forbidden: the caller's role or ownership does not allow this.");
            // The session is checked against the write store on every call (Auth/SessionValidation).
            Add(operation, context, "503", "Service Unavailable: the session cannot be checked, or a source is unreachable; Retry-After says when to try again.");
        }

        if (operation.RequestBody?.Content?.ContainsKey("application/json") == true)
        {
            Add(operation, context, "415", "Unsupported Media Type: the body is not sent as application/json.");
        }

        Sort(operation.Responses);
        return Task.CompletedTask;
    }

    /// <summary>Declares a problem-details answer with this status unless the endpoint already does.</summary>
    public static void Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, string status, string description)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        operation.Responses ??= [];
        if (operation.Responses.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
            },
        };
    }

    /// <summary>Statuses in ascending order, as a reader looks for them.</summary>
    public static void Sort(OpenApiResponses responses)
    {
        var sorted = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        responses.Clear();
        foreach (var (status, response) in sorted)
        {
            responses.Add(status, response);
        }
    }
}
