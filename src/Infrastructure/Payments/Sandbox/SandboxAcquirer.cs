using System.Collections.Concurrent;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;
using Seo.Domain.Payments;
using Seo.Infrastructure.Payments.Gateway;

namespace Seo.Infrastructure.Payments.Sandbox;

/// <summary>When the sandbox sends a callback it has made.</summary>
public enum SandboxDelivery
{
    /// <summary>At once, through the callback receiver.</summary>
    Now,

    /// <summary>Kept until released (to deliver late, or in another order).</summary>
    Hold,

    /// <summary>At once, twice (a gateway's retry of a delivered callback).</summary>
    Twice,
}

/// <summary>A callback as the acquirer signed it: what the receiver gets, byte for byte.</summary>
public sealed record SandboxCallback(string EventId, GatewayEventType Type, string PaymentId, string Body, string Signature, DateTimeOffset SignedAt);

/// <summary>
/// The simulated acquiring bank used while no gateway is configured. It keeps one payment per
/// intent, settles it at once (<see cref="SandboxApproval.Automatic"/>) or on its payment page,
/// and reports outcomes as callbacks signed with the callback secret, like the real gateway —
/// which may be held, repeated and released in another order, so integrators can see that a
/// callback counts once whatever its fate. It moves no money and never sees a card.
/// </summary>
public sealed class SandboxAcquirer : IPaymentGateway
{
    public const string PagePath = "/sandbox/acquirer/payments";

    public static readonly DomainError NotFound = DomainError.NotFound("sandbox-payment-not-found", "The sandbox acquirer has no such payment.");

    private readonly ConcurrentDictionary<Guid, SandboxPayment> _byIntent = new();
    private readonly ConcurrentDictionary<string, SandboxPayment> _keys = new(StringComparer.Ordinal);
    private readonly List<SandboxCallback> _held = [];
    private readonly Lock _gate = new();
    private readonly SandboxAcquirerOptions options;
    private readonly GatewayCallbackSecret secret;
    private readonly TimeProvider clock;

    internal SandboxAcquirer(SandboxAcquirerOptions options, GatewayCallbackSecret secret, TimeProvider clock)
    {
        this.options = options;
        this.secret = secret;
        this.clock = clock;
    }

    public Task<GatewayPayment> StartAsync(GatewayPaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            // The same key finds the same payment; a new key (another try after a decline) opens a new one.
            if (!_keys.TryGetValue(request.IdempotencyKey, out var payment))
            {
                payment = new SandboxPayment(
                    $"SBX-{Guid.NewGuid():N}"[..24].ToUpperInvariant(), request.IntentId, request.Amount, request.Description, request.PayerReference, request.PayBefore,
                    options.Approval == SandboxApproval.Automatic ? GatewayPaymentStatus.Succeeded : GatewayPaymentStatus.AwaitingPayer);
                _keys[request.IdempotencyKey] = payment;
                _byIntent[request.IntentId] = payment;
            }

            return Task.FromResult(payment.ToAnswer(PageOf(payment.Id)));
        }
    }

    public Task<GatewayPayment> FindAsync(Guid intentId, CancellationToken cancellationToken) =>
        Task.FromResult(_byIntent.TryGetValue(intentId, out var payment)
            ? payment.ToAnswer(PageOf(payment.Id))
            : new GatewayPayment(GatewayPaymentStatus.Unknown, null));

    public Task<GatewayRefund> RefundAsync(GatewayRefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            if (!_byIntent.TryGetValue(request.IntentId, out var payment) || payment.Id != request.GatewayPaymentId)
            {
                return Task.FromResult(new GatewayRefund(false, null, "No such payment."));
            }

            if (payment.Status == GatewayPaymentStatus.Refunded)
            {
                return Task.FromResult(new GatewayRefund(true, payment.RefundId));
            }

            if (payment.Status != GatewayPaymentStatus.Succeeded || request.Amount != payment.Amount)
            {
                return Task.FromResult(new GatewayRefund(false, null, $"The payment is {payment.Status} and {payment.Amount}; it cannot be refunded {request.Amount}."));
            }

            var refunded = payment with { Status = GatewayPaymentStatus.Refunded, RefundId = $"{payment.Id}-R" };
            Replace(refunded);
            return Task.FromResult(new GatewayRefund(true, refunded.RefundId));
        }
    }

    public SandboxPayment? Find(string paymentId)
    {
        lock (_gate)
        {
            return _byIntent.Values.FirstOrDefault(payment => payment.Id == paymentId);
        }
    }

    /// <summary>The payer approves on the page: the payment succeeds and its callback is made.</summary>
    public Result<IReadOnlyList<SandboxCallback>> Approve(string paymentId, SandboxDelivery delivery) =>
        Settle(paymentId, GatewayPaymentStatus.AwaitingPayer, GatewayPaymentStatus.Succeeded, GatewayEventType.PaymentSucceeded, null, delivery);

    public Result<IReadOnlyList<SandboxCallback>> Decline(string paymentId, string reason, SandboxDelivery delivery) =>
        Settle(paymentId, GatewayPaymentStatus.AwaitingPayer, GatewayPaymentStatus.Declined, GatewayEventType.PaymentDeclined, reason, delivery);

    /// <summary>The payer's bank takes a succeeded payment back (a chargeback, R27).</summary>
    public Result<IReadOnlyList<SandboxCallback>> Reverse(string paymentId, string reason, SandboxDelivery delivery) =>
        Settle(paymentId, GatewayPaymentStatus.Succeeded, GatewayPaymentStatus.Reversed, GatewayEventType.PaymentReversed, reason, delivery);

    public IReadOnlyList<SandboxCallback> Held()
    {
        lock (_gate)
        {
            return [.. _held];
        }
    }

    /// <summary>Hands over the held callbacks for delivery, in the order they were made or the reverse.</summary>
    public IReadOnlyList<SandboxCallback> ReleaseHeld(bool reverseOrder)
    {
        lock (_gate)
        {
            IReadOnlyList<SandboxCallback> released = reverseOrder ? [.. Enumerable.Reverse(_held)] : [.. _held];
            _held.Clear();
            return released;
        }
    }

    private Result<IReadOnlyList<SandboxCallback>> Settle(
        string paymentId, GatewayPaymentStatus from, GatewayPaymentStatus to, GatewayEventType type, string? reason, SandboxDelivery delivery)
    {
        lock (_gate)
        {
            if (Find(paymentId) is not { } payment)
            {
                return NotFound;
            }

            if (payment.Status != from)
            {
                return new DomainError(
                    "sandbox-payment-not-" + from.ToString().ToLowerInvariant(), $"The payment is {payment.Status}; only a payment {from} can become {to}.", ErrorKind.Conflict);
            }

            Replace(payment with { Status = to, FailureReason = to == GatewayPaymentStatus.Declined ? reason : payment.FailureReason });
            var now = clock.GetUtcNow();
            var gatewayEvent = new GatewayEvent($"evt_{Guid.NewGuid():N}", type, payment.IntentId, payment.Id, payment.Amount, now, reason);
            var body = GatewayCallbackBody.Serialize(gatewayEvent);
            var callback = new SandboxCallback(gatewayEvent.EventId, type, payment.Id, body, GatewayCallbackSignature.Sign(body, secret.Value, now), now);
            switch (delivery)
            {
                case SandboxDelivery.Hold:
                    _held.Add(callback);
                    return Array.Empty<SandboxCallback>();
                case SandboxDelivery.Twice:
                    return new[] { callback, callback };
                default:
                    return new[] { callback };
            }
        }
    }

    private void Replace(SandboxPayment payment)
    {
        _byIntent[payment.IntentId] = payment;
        foreach (var key in _keys.Where(pair => pair.Value.Id == payment.Id).Select(pair => pair.Key).ToList())
        {
            _keys[key] = payment;
        }
    }

    private static Uri PageOf(string paymentId) => new($"{PagePath}/{paymentId}", UriKind.Relative);
}
