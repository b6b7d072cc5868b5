using Seo.Application.Common.Ports;
using Seo.Domain.Payments;

namespace Seo.Infrastructure.Payments.Sandbox;

/// <summary>One payment as the sandbox acquirer keeps it (in memory, while the process runs).</summary>
public sealed record SandboxPayment(
    string Id,
    Guid IntentId,
    Money Amount,
    string Description,
    string PayerReference,
    DateTimeOffset PayBefore,
    GatewayPaymentStatus Status,
    string? FailureReason = null,
    string? RefundId = null)
{
    public GatewayPayment ToAnswer(Uri? page) =>
        new(Status, Id, Status == GatewayPaymentStatus.AwaitingPayer ? page : null, FailureReason, Amount);
}
