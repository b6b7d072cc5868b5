using Seo.Domain.Bookings;
using Seo.Domain.Payments;

namespace Seo.Application.Common.Ports;

/// <summary>
/// Takes a cashless payment to the registrar's account (R23). The embedded sandbox succeeds at
/// once; a bank adapter replaces it in production.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>
    /// Charges once per <see cref="PaymentRequest.IdempotencyKey"/>: a retry with the same key
    /// (after a crash or a lost answer) returns the first receipt and charges nothing more.
    /// </summary>
    Task<PaymentReceipt> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken);
}

/// <summary>What to charge, for which booking, under which key.</summary>
public sealed record PaymentRequest(string IdempotencyKey, BookingId BookingId, Money Amount, string PayerReference);

public sealed record PaymentReceipt(bool Succeeded, string Reference, string? FailureReason);
