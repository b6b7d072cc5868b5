using System.Globalization;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Payments;

namespace Seo.Infrastructure.Payments;

/// <summary>
/// The embedded default's payment gateway: every charge succeeds at once with a reference of
/// its own. No money moves; a bank adapter replaces it in production.
/// </summary>
internal sealed class SandboxPaymentGateway(TimeProvider clock) : IPaymentGateway
{
    public Task<PaymentReceipt> ChargeAsync(BookingId bookingId, Money amount, string payerReference, CancellationToken cancellationToken) =>
        Task.FromResult(new PaymentReceipt(true, string.Create(CultureInfo.InvariantCulture, $"SANDBOX-{clock.GetUtcNow().UtcDateTime:yyyyMMddHHmmss}-{Guid.NewGuid():N}")[..40], null));
}
