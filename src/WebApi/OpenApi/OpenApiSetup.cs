using Microsoft.OpenApi;

namespace Seo.WebApi.OpenApi;

/// <summary>
/// The OpenAPI document the API serves at /openapi/v1.json and commits as contracts/openapi.v1.json.
/// The generator describes the endpoints; the transformers make it what generated clients
/// (NSwag, Kiota, openapi-typescript) and schema validators need: string enums, honest
/// required members, every status an operation really answers, and the headers it reads and writes.
/// </summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddSeoOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Seo — electronic queue for trucks leaving Kazakhstan";
                document.Info.Version = "v1";
                document.Info.Description = "Rules No. 707 of 27 June 2023. Errors are RFC 9457 problem details with 'code' and 'rule'.";
                // Relative: the document is served by the deployment it describes, whatever its host.
                document.Servers = [new OpenApiServer { Url = "/", Description = "The deployment that serves this document." }];
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer<ProblemSchemaTransformer>();
            options.AddSchemaTransformer<MoneySchemaTransformer>();
            options.AddDocumentTransformer<SecuritySchemeTransformer>();
            options.AddOperationTransformer<SecuritySchemeTransformer>();
            options.AddOperationTransformer<ProblemResponsesTransformer>();
            options.AddOperationTransformer<RetryAfterTransformer>();
            options.AddOperationTransformer<LocationHeaderTransformer>();
            options.AddOperationTransformer<IdempotencyKeyTransformer>();
            options.AddOperationTransformer<ParameterTransformer>();
            options.AddDocumentTransformer<EnumSchemaTransformer>();
            options.AddDocumentTransformer<RequestSchemaTransformer>();
        });
}
