using System.Collections.Concurrent;
using System.Globalization;
using Seo.Application.Common.Ports;

namespace Seo.Infrastructure.Payments;

/// <summary>
/// The embedded default's payment gateway: every charge succeeds at once with a reference of
/// its own. No money moves; a bank adapter replaces it in production.
/// </summary>
internal sealed class SandboxPaymentGateway(TimeProvider clock) : IPaymentGateway
{
    private readonly ConcurrentDictionary<string, PaymentReceipt> _receipts = new(StringComparer.Ordinal);

    /// <summary>Like a bank's gateway, one charge per idempotency key (kept while the process runs).</summary>
    public Task<PaymentReceipt> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(_receipts.GetOrAdd(request.IdempotencyKey, _ => new PaymentReceipt(
            true,
            string.Create(CultureInfo.InvariantCulture, $"SANDBOX-{clock.GetUtcNow().UtcDateTime:yyyyMMddHHmmss}-{Guid.NewGuid():N}")[..40],
            null)));
    }
}
