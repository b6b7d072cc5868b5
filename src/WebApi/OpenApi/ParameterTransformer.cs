using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Seo.Application.Barriers.Common;
using Seo.Application.Crossings.SearchCrossings;

namespace Seo.WebApi.OpenApi;

/// <summary>
/// Says what each path and query parameter is, and gives the crossing search's parameters their
/// real types: they are bound as text so that the use case's validator names a bad one with its
/// own code, but a client sends a number, a date-time or one of a few words.
/// </summary>
internal sealed class ParameterTransformer : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "The resource's id (a UUID), as its answers give it.",
        ["code"] = "A checkpoint's code, e.g. DOSTYK (GET /api/v1/checkpoints lists them).",
        ["checkpoint"] = "Only this checkpoint (its code, e.g. DOSTYK).",
        ["date"] = "A calendar day, yyyy-MM-dd, in the checkpoint's local time.",
        ["from"] = "The start of the period, inclusive.",
        ["to"] = "The end of the period (a date: inclusive; a moment: exclusive).",
        ["page"] = "The page, from 1.",
        ["pageSize"] = "Items per page.",
        ["account"] = "Only this account's (officers and the registrar); others see their own.",
        ["accountId"] = "The dispatcher's account id.",
        ["action"] = "Only entries of this action, e.g. barrier-opened.",
        ["active"] = "True: only holds still in force; false: only released ones.",
        ["actor"] = "Only entries by this account id.",
        ["target"] = "Only entries about this target (a booking, account or device id).",
        ["booking"] = "Only messages about this booking.",
        ["bookingId"] = "Only payments for this booking.",
        ["carrier"] = "Only this carrier's account (its debts and prepayments).",
        ["delivery"] = "How the sandbox acquirer tells the API: at once, later, twice or never.",
        ["format"] = "json (default) or csv.",
        ["key"] = "The record's key in the simulated registry (a plate, VIN, IIN/BIN or document number).",
        ["kind"] = "Which kind: see the enum.",
        ["lastEventId"] = "Resume after this event id (as the EventSource Last-Event-ID header does).",
        ["number"] = "The remittance's number.",
        ["paymentId"] = "The acquirer's payment id, from the payment's redirect.",
        ["registry"] = "The simulated registry, e.g. vehicles (GET /api/v1/sandbox/registries lists them).",
        ["reverseOrder"] = "Release the held callbacks newest first, to rehearse out-of-order delivery.",
        ["search"] = "Only records whose key or holder contains this text.",
        ["sequence"] = "The outbox event's sequence number.",
        ["status"] = "Only bookings in this status.",
        ["type"] = "Only poisoned events of this type, e.g. BookingConfirmed.",
        ["plate"] = "A vehicle's plate, as registered (spaces and case do not matter).",
        ["vin"] = "A vehicle's VIN.",
        ["wait"] = $"Seconds to wait for a command before answering empty (long poll), 0 to {BarrierOptions.MaxWaitSeconds}.",
        ["X-Gateway-Signature"] = "HMAC-SHA256 of the body with the gateway's shared secret, hex.",
    };

    /// <summary>The crossing search's query, typed as a client sends it.</summary>
    private static readonly Dictionary<string, Func<OpenApiSchema>> CrossingSearch = new Dictionary<string, Func<OpenApiSchema>>(StringComparer.Ordinal)
    {
        ["plate"] = () => new() { Type = JsonSchemaType.String },
        ["plateMatch"] = () => Words("exact", "prefix", "fuzzy"),
        ["vin"] = () => new() { Type = JsonSchemaType.String, Pattern = "^[A-Za-z0-9]{1,17}$" },
        ["bookingNumber"] = () => new() { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 64 },
        ["checkpoint"] = () => new() { Type = JsonSchemaType.String },
        ["direction"] = () => Words("exit", "entry"),
        ["matched"] = () => new() { Type = JsonSchemaType.Boolean },
        ["from"] = () => new() { Type = JsonSchemaType.String, Format = "date-time" },
        ["to"] = () => new() { Type = JsonSchemaType.String, Format = "date-time" },
        ["sort"] = () => Words("newest", "oldest"),
        ["page"] = () => new() { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Default = System.Text.Json.Nodes.JsonValue.Create(1) },
        ["pageSize"] = () => new()
        {
            Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = $"{SearchCrossings.MaxPageSize}", Default = System.Text.Json.Nodes.JsonValue.Create(SearchCrossings.DefaultPageSize),
        },
    };

    private static readonly Dictionary<string, string> CrossingSearchDescriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["plate"] = "A plate; how it is matched is plateMatch.",
        ["plateMatch"] = "exact (default), prefix, or fuzzy: look-alike characters a camera misreads (0/O, 8/B) match too. Needs plate.",
        ["vin"] = "A VIN, or its start.",
        ["bookingNumber"] = "The booking's number, e.g. DOSTYK-20270301-0007.",
        ["direction"] = "exit or entry.",
        ["matched"] = "true: only reads matched to a booking; false: only unmatched ones.",
        ["from"] = "Reads at or after this moment (ISO 8601 with offset).",
        ["to"] = "Reads before this moment (ISO 8601 with offset); later than from.",
        ["sort"] = "newest (default) or oldest first.",
        ["page"] = $"The page, from 1; page × pageSize is at most {SearchCrossings.MaxWindow}.",
        ["pageSize"] = $"Reads per page, 1 to {SearchCrossings.MaxPageSize}.",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            var name = parameter.Name ?? string.Empty;
            if (operation.OperationId == "SearchCrossings" && CrossingSearch.TryGetValue(name, out var typed))
            {
                parameter.Schema = typed();
                parameter.Description ??= CrossingSearchDescriptions.GetValueOrDefault(name);
            }

            parameter.Description ??= Descriptions.GetValueOrDefault(name);
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Words(params string[] words) => new()
    {
        Type = JsonSchemaType.String,
        Enum = words.Select(word => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(word)).ToList(),
    };
}
