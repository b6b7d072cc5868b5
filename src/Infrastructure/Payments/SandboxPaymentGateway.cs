using System.Collections.Concurrent;
using System.Globalization;
using Seo.Application.Common.Ports;

namespace Seo.Infrastructure.Payments;

/// <summary>
/// The embedded default's payment gateway: every payment succeeds at once with a reference of
/// its own. No money moves; a bank adapter replaces it in production.
/// </summary>
internal sealed class SandboxPaymentGateway(TimeProvider clock) : IPaymentGateway
{
    private readonly ConcurrentDictionary<Guid, GatewayPayment> _payments = new();

    /// <summary>Like a bank's gateway, one payment per intent (kept while the process runs).</summary>
    public Task<GatewayPayment> StartAsync(GatewayPaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(_payments.GetOrAdd(request.IntentId, _ => new GatewayPayment(
            GatewayPaymentStatus.Succeeded,
            string.Create(CultureInfo.InvariantCulture, $"SANDBOX-{clock.GetUtcNow().UtcDateTime:yyyyMMddHHmmss}-{Guid.NewGuid():N}")[..40],
            Amount: request.Amount)));
    }

    public Task<GatewayPayment> FindAsync(Guid intentId, CancellationToken cancellationToken) =>
        Task.FromResult(_payments.TryGetValue(intentId, out var payment) ? payment : new GatewayPayment(GatewayPaymentStatus.Unknown, null));

    public Task<GatewayRefund> RefundAsync(GatewayRefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(new GatewayRefund(true, $"SANDBOX-REFUND-{request.IntentId:N}"));
    }
}
