using System.Globalization;
using System.Text.Encodings.Web;
using Seo.Domain.Common;
using Seo.Infrastructure.Payments.Sandbox;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;
using Seo.WebApi.Payments;

namespace Seo.WebApi.Endpoints;

/// <summary>
/// The sandbox acquirer, mapped while no payment gateway is configured: the payer's page to
/// approve or decline (the bank's page, so open to whoever has its link, like a real one), and the
/// registrar's controls that make its callbacks late, repeated or out of order, and simulate a
/// chargeback (docs/payments.md). Callbacks go through the same receiver as the gateway's.
/// </summary>
internal static class SandboxAcquirerEndpoints
{
    public static void MapSandboxAcquirerPage(this IEndpointRouteBuilder app)
    {
        var page = app.MapGroup(SandboxAcquirer.PagePath).ExcludeFromDescription().AllowAnonymous();

        page.MapGet("/{paymentId}", (string paymentId, SandboxAcquirer acquirer) =>
            acquirer.Find(paymentId) is { } payment ? HtmlPage.Of(PaymentPage(payment, null)) : Results.NotFound());

        page.MapPost("/{paymentId}/approve", (string paymentId, SandboxAcquirer acquirer, IServiceProvider services, CancellationToken ct) =>
            DecideOnPageAsync(paymentId, acquirer, acquirer.Approve(paymentId, SandboxDelivery.Now), services, ct));

        page.MapPost("/{paymentId}/decline", (string paymentId, SandboxAcquirer acquirer, IServiceProvider services, CancellationToken ct) =>
            DecideOnPageAsync(paymentId, acquirer, acquirer.Decline(paymentId, "Declined by the payer on the sandbox page.", SandboxDelivery.Now), services, ct));
    }

    public static RouteGroupBuilder MapSandboxAcquirerEndpoints(this RouteGroupBuilder api)
    {
        var sandbox = api.MapGroup("/sandbox/acquirer").WithTags("Sandbox").RequireAuthorization(Policies.Registrar)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        sandbox.MapPost("/payments/{paymentId}/approve", (string paymentId, SandboxDelivery? delivery, SandboxAcquirer acquirer, IServiceProvider services, CancellationToken ct) =>
                DeliverAsync(acquirer.Approve(paymentId, delivery ?? SandboxDelivery.Now), services, ct))
            .WithName("ApproveSandboxPayment")
            .WithSummary("Approve a payment awaiting its payer, as the payer would on the page; delivery: Now, Hold (until released) or Twice (sandbox, registrar only)")
            .Produces<IReadOnlyList<SandboxDelivered>>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sandbox.MapPost("/payments/{paymentId}/decline", (string paymentId, SandboxDelivery? delivery, SandboxAcquirer acquirer, IServiceProvider services, CancellationToken ct) =>
                DeliverAsync(acquirer.Decline(paymentId, "Declined by the sandbox acquirer.", delivery ?? SandboxDelivery.Now), services, ct))
            .WithName("DeclineSandboxPayment")
            .WithSummary("Decline a payment awaiting its payer (sandbox, registrar only)")
            .Produces<IReadOnlyList<SandboxDelivered>>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sandbox.MapPost("/payments/{paymentId}/reverse", (string paymentId, SandboxDelivery? delivery, SandboxAcquirer acquirer, IServiceProvider services, CancellationToken ct) =>
                DeliverAsync(acquirer.Reverse(paymentId, "Chargeback requested by the card holder's bank.", delivery ?? SandboxDelivery.Now), services, ct))
            .WithName("ReverseSandboxPayment")
            .WithSummary("Take a succeeded payment back, as the payer's bank does with a chargeback: the payer owes the fee as a debt (R27; sandbox, registrar only)")
            .Produces<IReadOnlyList<SandboxDelivered>>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sandbox.MapGet("/callbacks", (SandboxAcquirer acquirer) => TypedResults.Ok(acquirer.Held()))
            .WithName("ListHeldSandboxCallbacks")
            .WithSummary("The callbacks held back, each with its signed body and signature header, oldest first (sandbox, registrar only)")
            .Produces<IReadOnlyList<SandboxCallback>>();

        sandbox.MapPost("/callbacks/release", (bool? reverseOrder, SandboxAcquirer acquirer, IServiceProvider services, CancellationToken ct) =>
                DeliverAsync(Result<IReadOnlyList<SandboxCallback>>.Success(acquirer.ReleaseHeld(reverseOrder ?? false)), services, ct))
            .WithName("ReleaseSandboxCallbacks")
            .WithSummary("Deliver the held callbacks now, in the order made or, with reverseOrder=true, the reverse; each signed when it was made, so one held past the tolerance is refused as expired (sandbox, registrar only)")
            .Produces<IReadOnlyList<SandboxDelivered>>();
        return api;
    }

    private static async Task<IResult> DeliverAsync(Result<IReadOnlyList<SandboxCallback>> made, IServiceProvider services, CancellationToken ct)
    {
        if (!made.IsSuccess)
        {
            return Problems.From(made.Error);
        }

        return TypedResults.Ok(await DeliverAllAsync(made.Value, services, ct));
    }

    /// <summary>Each callback through the receiver in a scope of its own, as a separate request from the gateway would be.</summary>
    private static async Task<IReadOnlyList<SandboxDelivered>> DeliverAllAsync(IReadOnlyList<SandboxCallback> callbacks, IServiceProvider services, CancellationToken ct)
    {
        var delivered = new List<SandboxDelivered>();
        foreach (var callback in callbacks)
        {
            await using var scope = services.CreateAsyncScope();
            var answer = await scope.ServiceProvider.GetRequiredService<GatewayCallbackReceiver>().ReceiveAsync(callback.Body, callback.Signature, ct);
            delivered.Add(new SandboxDelivered(callback.EventId, callback.Type.ToString(), answer is IStatusCodeHttpResult { StatusCode: { } status } ? status : StatusCodes.Status500InternalServerError));
        }

        return delivered;
    }

    private static async Task<IResult> DecideOnPageAsync(
        string paymentId, SandboxAcquirer acquirer, Result<IReadOnlyList<SandboxCallback>> made, IServiceProvider services, CancellationToken ct)
    {
        if (acquirer.Find(paymentId) is not { } payment)
        {
            return Results.NotFound();
        }

        var note = made.IsSuccess ? null : made.Error.Message;
        if (made.IsSuccess)
        {
            await DeliverAllAsync(made.Value, services, ct);
        }

        return HtmlPage.Of(PaymentPage(acquirer.Find(paymentId) ?? payment, note));
    }

    private static string PaymentPage(SandboxPayment payment, string? note)
    {
        static string E(string text) => HtmlEncoder.Default.Encode(text);
        var amount = $"{payment.Amount.Amount.ToString("N2", CultureInfo.InvariantCulture)} KZT";
        var actions = payment.Status == Application.Common.Ports.GatewayPaymentStatus.AwaitingPayer
            ? $"""
              <form method="post" action="{SandboxAcquirer.PagePath}/{E(payment.Id)}/approve"><button type="submit">Approve {E(amount)}</button></form>
              <form method="post" action="{SandboxAcquirer.PagePath}/{E(payment.Id)}/decline"><button type="submit">Decline</button></form>
              """
            : $"<p><strong>{E(payment.Status.ToString())}</strong>. You may close this page.</p>";
        return $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Sandbox acquirer — {E(payment.Id)}</title>
            <style>body{"{"}font:15px/1.5 system-ui,sans-serif;max-width:32em;margin:2em auto{"}"}form{"{"}display:inline-block;margin-right:1em{"}"}.note{"{"}color:#a00{"}"}</style></head>
            <body><h1>Sandbox acquirer</h1>
            <p>No money moves and no card is asked for: this page stands in for the bank's payment page.</p>
            <p>{E(payment.Description)}<br>Payer: {E(payment.PayerReference)}<br>Amount: <strong>{E(amount)}</strong><br>Pay before: {E(payment.PayBefore.ToString("u", CultureInfo.InvariantCulture))}</p>
            {(note is null ? "" : $"<p class=\"note\">{E(note)}</p>")}
            {actions}
            </body></html>
            """;
    }
}

/// <summary>One callback the sandbox delivered, and the receiver's HTTP status for it.</summary>
internal sealed record SandboxDelivered(string EventId, string Type, int Status);
