using Seo.Domain.Bookings;
using Seo.Domain.Payments;

namespace Seo.Application.Common.Ports;

/// <summary>
/// Takes a cashless payment to the registrar's account (R23). The embedded sandbox succeeds at
/// once; a bank adapter replaces it in production.
/// </summary>
public interface IPaymentGateway
{
    Task<PaymentReceipt> ChargeAsync(BookingId bookingId, Money amount, string payerReference, CancellationToken cancellationToken);
}

public sealed record PaymentReceipt(bool Succeeded, string Reference, string? FailureReason);
