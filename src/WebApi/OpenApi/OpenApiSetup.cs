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
    /// <summary>What each group of operations is for, and who calls it.</summary>
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Accounts"] = "Registration, sign-in, the second factor, identity proof of an IIN/BIN and dispatchers (R15, R16.3).",
        ["Administration"] = "The registrar's tools: staff accounts, debts, the outbox, read-model rebuilds, the audit trail.",
        ["Checkpoints"] = "The 41 road checkpoints and their free intervals (R2, R16).",
        ["Checkpoint operations"] = "Capacity plans, the waiting zone and refusals of entry, for officers and the registrar (R12, R22, R33).",
        ["Open data"] = "Each checkpoint's days in figures, for anyone (R22, R6).",
        ["Bookings"] = "Booking an interval, paying, rescheduling and cancelling it (R16–R28, R36).",
        ["Live"] = "The live view of a checkpoint for officers (R4, R10).",
        ["Boards"] = "The information boards at the waiting zone and the checkpoint, anonymous (R12, R32).",
        ["Devices"] = "Cameras, barriers and their health: registration, plate reads, heartbeats (R10, R11, R30).",
        ["Video"] = "Video segments and the holds that keep them past retention (R10).",
        ["Barriers"] = "Barrier commands: issued by the system or an officer with a reason, collected and acknowledged by the barrier (R11, R30).",
        ["Crossings"] = "The crossing log, searched by officers and analysts (R4, R10).",
        ["Checks"] = "The record of the 18 automated checks behind each decision (R18–R20).",
        ["Sandbox"] = "Simulated registries, the sandbox clock, acquirer and messages; mapped only in sandbox mode.",
        ["Waitlist"] = "Waiting for an earlier interval to free up.",
        ["Payments"] = "Fees in tenge through the acquiring bank, receipts, refunds, the ledger and remittances (R23–R27).",
        ["Notifications"] = "A user's notices: reminders, calls, moves and refusals (R29, R34).",
    };

    public static IServiceCollection AddSeoOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Seo — electronic queue for trucks leaving Kazakhstan";
                document.Info.Version = "v1";
                document.Info.Description = "Rules No. 707 of 27 June 2023. Errors are RFC 9457 problem details with 'code' and 'rule'. "
                    + "Problems and notifications are worded in the language the Accept-Language header asks for: English (the default), Russian (ru) or Kazakh (kk); "
                    + "Content-Language says which. Codes, rules and members are the same in every language.";
                // Relative: the document is served by the deployment it describes, whatever its host.
                document.Servers = [new OpenApiServer { Url = "/", Description = "The deployment that serves this document." }];
                foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
                {
                    tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? string.Empty);
                }

                return Task.CompletedTask;
            });
            options.AddSchemaTransformer<ProblemSchemaTransformer>();
            options.AddSchemaTransformer<MoneySchemaTransformer>();
            options.AddSchemaTransformer<ComputedMemberSchemaTransformer>();
            options.AddSchemaTransformer<UriSchemaTransformer>();
            options.AddDocumentTransformer<SecuritySchemeTransformer>();
            options.AddOperationTransformer<SecuritySchemeTransformer>();
            options.AddOperationTransformer<ProblemResponsesTransformer>();
            options.AddOperationTransformer<RetryAfterTransformer>();
            options.AddOperationTransformer<LocationHeaderTransformer>();
            options.AddOperationTransformer<CacheableAnswerTransformer>();
            options.AddOperationTransformer<IdempotencyKeyTransformer>();
            options.AddOperationTransformer<ParameterTransformer>();
            options.AddDocumentTransformer<EnumSchemaTransformer>();
            options.AddDocumentTransformer<RequestSchemaTransformer>();
            options.AddDocumentTransformer<TraceResponseHeaderTransformer>();
            options.AddDocumentTransformer<ContentLanguageTransformer>();
            options.AddDocumentTransformer<ExamplesTransformer>();
        });
}
