using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Seo.WebApi.Auth;

namespace Seo.WebApi.OpenApi;

/// <summary>
/// Tells clients how to authenticate: a bearer JWT (from <c>POST /api/v1/auth/token</c>) for
/// people, and the camera's API key in <c>X-Device-Key</c> for the camera endpoint. Each operation
/// that requires authorization names the scheme its policy reads; anonymous ones name none.
/// </summary>
internal sealed class SecuritySchemeTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string Bearer = "Bearer";
    public const string DeviceKey = DeviceKeyAuthenticationHandler.SchemeName;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = JwtBearerDefaults.AuthenticationScheme.ToLowerInvariant(),
            BearerFormat = "JWT",
            Description = "An access token from POST /api/v1/auth/token, as 'Authorization: Bearer <token>'.",
        };
        document.Components.SecuritySchemes[DeviceKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = DeviceKeyAuthenticationHandler.Header,
            Description = "A camera's API key, issued once by POST /api/v1/admin/devices (or a key rotation).",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (!RequiresAuthorization(metadata))
        {
            // Said, not left out: a document-wide default must not apply to an anonymous operation.
            operation.Security = [];
            return Task.CompletedTask;
        }

        var scheme = metadata.OfType<IAuthorizeData>().Any(a => a.Policy == Policies.Device) ? DeviceKey : Bearer;
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [],
        });
        return Task.CompletedTask;
    }

    /// <summary>Whether the endpoint asks for a credential: an authorization policy, and no anonymous override.</summary>
    public static bool RequiresAuthorization(IList<object> metadata) =>
        metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
}
