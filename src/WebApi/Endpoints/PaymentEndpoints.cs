using Mediator;
using Microsoft.OpenApi;
using Seo.Application.Bookings.Common;
using Seo.Application.Bookings.Pay;
using Seo.Application.Payments.Common;
using Seo.Application.Payments.GetPayment;
using Seo.Application.Payments.ListPayments;
using Seo.Application.Payments.PayDebt;
using Seo.Application.Payments.Receipts;
using Seo.Application.Payments.Reconcile;
using Seo.Application.Payments.Refund;
using Seo.Domain.Payments;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;
using Seo.WebApi.OpenApi;
using Seo.WebApi.Payments;

namespace Seo.WebApi.Endpoints;

/// <summary>Payments (R23), their receipts and refunds (R28), debts (R27) and the gateway's callbacks.</summary>
internal static class PaymentEndpoints
{
    public static RouteGroupBuilder MapPaymentEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/bookings/{id:guid}/payment", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(new PayBooking(id), ct);
                if (!outcome.IsSuccess)
                {
                    return Problems.From(outcome.Error);
                }

                // Settled at once: the paid booking. Otherwise the payer pays on the gateway's page, and the payment says where.
                return outcome.Value.Booking is { } booking
                    ? TypedResults.Ok(booking)
                    : TypedResults.Accepted($"/api/v1/payments/{outcome.Value.Payment.Id}", outcome.Value.Payment);
            })
            .WithTags("Bookings")
            .WithName("PayBooking")
            .WithSummary("Pay what is due: the booking fee or a paid reschedule's fee (R23, R28)")
            .WithDescription("The booking's owner, or an active dispatcher of its organisation (R15). Opens one payment per amount due " +
                "(asking again finds the same one) and asks the gateway, never inside a database transaction. 200 with the paid booking when the " +
                "gateway settled at once; 202 with the payment and its paymentPage when the payer pays on the gateway's page — the booking is paid " +
                "when the gateway's callback (or the reconciliation) confirms it; poll the Location. 409 payment-declined: nothing was charged, " +
                "ask again to retry. 503 payment-gateway-unavailable: retry after Retry-After; a payment the gateway did take is never lost " +
                "nor taken twice (docs/payments.md).")
            .RequireAuthorization(Policies.User)
            .Produces<BookingDto>()
            .Produces<PaymentDto>(StatusCodes.Status202Accepted)
            .WithLocation(StatusCodes.Status202Accepted, "The payment, to poll until the gateway has settled it: /api/v1/payments/{id}.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        var payments = api.MapGroup("/payments").WithTags("Payments");

        payments.MapGet("/", async (Guid? bookingId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMyPayments(bookingId), ct)))
            .WithName("ListMyPayments")
            .WithSummary("The caller's payments, newest first; bookingId narrows them to one booking")
            .RequireAuthorization(Policies.User)
            .Produces<IReadOnlyList<PaymentDto>>();

        payments.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetPayment(id), ct)).ToOk())
            .WithName("GetPayment")
            .WithSummary("One payment: its status, amount, tariff version, the gateway's reference and any refund (payer, its dispatchers, registrar)")
            .RequireAuthorization()
            .Produces<PaymentDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        payments.MapGet("/{id:guid}/receipt", async (Guid id, ReceiptKind? kind, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetReceipt(id, kind ?? ReceiptKind.Payment), ct)).ToOk())
            .WithName("GetReceipt")
            .WithSummary("The receipt of a payment, or of its refund with kind=Refund: number, payer, amount, tariff version, booking (R23, R28)")
            .WithDescription("404 receipt-not-found until the gateway confirmed the payment (or the refund). The printable page is /receipt/print.")
            .RequireAuthorization()
            .Produces<ReceiptDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        payments.MapGet("/{id:guid}/receipt/print", async (Guid id, ReceiptKind? kind, IMediator mediator, CancellationToken ct) =>
            {
                var receipt = await mediator.Send(new GetReceipt(id, kind ?? ReceiptKind.Payment), ct);
                return receipt.IsSuccess ? HtmlPage.Of(ReceiptPage.Render(receipt.Value)) : Problems.From(receipt.Error);
            })
            .WithName("PrintReceipt")
            .WithSummary("The receipt as a printable HTML page")
            .RequireAuthorization()
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound);

        payments.MapPost("/gateway-callbacks", async (HttpRequest request, GatewayCallbackReceiver receiver, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body);
                var body = await reader.ReadToEndAsync(ct);
                return await receiver.ReceiveAsync(body, request.Headers[GatewaySignatureHeader].ToString() is { Length: > 0 } signature ? signature : null, ct);
            })
            .WithName("AcceptGatewayCallback")
            .WithSummary("The payment gateway reports an outcome: payment succeeded or declined, reversed (chargeback, R27), refunded")
            .WithDescription("For the gateway only. The raw body is signed: header X-Gateway-Signature: t={unix seconds},v1={hex HMAC-SHA256 of " +
                "\"{t}.{body}\" with the shared callback secret}. 401 gateway-signature-missing, -invalid or -expired (older or newer than the " +
                "tolerance, so a captured callback cannot be replayed); 400 gateway-event-malformed. Each event id counts once: a repeat answers " +
                "200 with duplicate=true and changes nothing; events may arrive in any order (docs/payments.md).")
            .AllowAnonymous()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = GatewaySignatureHeader,
                    In = ParameterLocation.Header,
                    Required = true,
                    Description = "t={unix seconds},v1={lowercase hex HMAC-SHA256 of \"{t}.{raw body}\" keyed with the callback secret}; several v1 entries while the secret is rotated.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 1024 },
                    Example = System.Text.Json.Nodes.JsonValue.Create("t=1764921600,v1=5f0c3e9a4b7d2e1f8a6c0b9d3e7f1a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f"),
                });
                return Task.CompletedTask;
            })
            .Accepts<GatewayCallbackExample>("application/json")
            .Produces<GatewayCallbackAcknowledged>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/accounts/me/debt/payment", async (IMediator mediator, CancellationToken ct) =>
            {
                var paid = await mediator.Send(new PayDebt(), ct);
                return !paid.IsSuccess ? Problems.From(paid.Error)
                    : paid.Value.Status == PaymentIntentStatus.Succeeded ? TypedResults.Ok(paid.Value)
                    : TypedResults.Accepted($"/api/v1/payments/{paid.Value.Id}", paid.Value);
            })
            .WithTags("Accounts")
            .WithName("PayDebt")
            .WithSummary("Pay the account's whole debt through the gateway; settled, booking is allowed again (R27)")
            .WithDescription("200 with the succeeded payment when the gateway settled at once; 202 with the payment page otherwise. 409 no-debt; " +
                "409 payment-declined; 503 payment-gateway-unavailable.")
            .RequireAuthorization(Policies.User)
            .Produces<PaymentDto>()
            .Produces<PaymentDto>(StatusCodes.Status202Accepted)
            .WithLocation(StatusCodes.Status202Accepted, "The payment, to poll until the gateway has settled it: /api/v1/payments/{id}.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        var admin = api.MapGroup("/admin/payments").WithTags("Administration").RequireAuthorization(Policies.Registrar)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        admin.MapPost("/{id:guid}/refund", async (Guid id, RefundRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RefundPayment(id, request.Fault, request.Reason), ct)).ToOk())
            .WithName("RefundPayment")
            .WithSummary("Refund a payment where the system or the state is at fault, with the reason (R28; registrar only)")
            .WithDescription("fault: System or State — there is no refund for the user's own fault (cancelling, arriving or leaving the zone late). " +
                "The refund is decided and recorded, then made through the gateway; the answer shows refund.refundedAt once the gateway confirmed, " +
                "else the reconciliation makes it. A booking fee refunded before the vehicle came withdraws the booking (Cancelled) and frees its " +
                "place. 409 payment-not-refundable for a payment not succeeded or already refunded.")
            .Produces<PaymentDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapPost("/reconciliation", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReconcilePayments(), ct)))
            .WithName("ReconcilePayments")
            .WithSummary("Ask the gateway now about payments left pending and make refunds still due (the job does it every minute; registrar only)")
            .Produces<ReconciliationReport>();
        return api;
    }

    public const string GatewaySignatureHeader = "X-Gateway-Signature";

    /// <summary>A refund's fault (System or State) and reason.</summary>
    internal sealed record RefundRequest(RefundFault? Fault, string? Reason);

    /// <summary>The callback's body as the gateway sends it (docs/payments.md).</summary>
    internal sealed record GatewayCallbackExample(string EventId, string Type, Guid OrderId, string PaymentId, string Amount, string Currency, DateTimeOffset OccurredAt, string? Reason);
}
