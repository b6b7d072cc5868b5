using Seo.Application.Common.Mapping;
using Seo.Domain.Payments;

namespace Seo.Application.Payments.Common;

/// <summary>A payment intent as its payer and the registrar see it.</summary>
public sealed record PaymentDto(
    Guid Id,
    PaymentPurpose Purpose,
    PaymentIntentStatus Status,
    MoneyDto Amount,
    Guid Payer,
    Guid? BookingId,
    string Reference,
    int? TariffVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset PayBefore,
    Uri? PaymentPage,
    string? GatewayPaymentId,
    int Attempts,
    string? LastFailure,
    DateTimeOffset? PaidAt,
    RefundDto? Refund)
{
    public static PaymentDto From(PaymentIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return new(
            intent.Id.Value,
            intent.Purpose,
            intent.Status,
            MoneyDto.From(intent.Amount),
            intent.Payer.Value,
            intent.Booking?.Value,
            intent.Reference,
            intent.TariffVersion,
            intent.CreatedAt,
            intent.PayBefore,
            intent.PaymentPage is { } page ? new Uri(page, UriKind.RelativeOrAbsolute) : null,
            intent.GatewayPaymentId,
            intent.Attempts,
            intent.LastFailure,
            intent.PaidAt,
            intent.RefundRequestedAt is { } requested
                ? new RefundDto(intent.RefundFault!.Value, intent.RefundReason!, requested, intent.RefundId, intent.Status == PaymentIntentStatus.Refunded ? intent.ClosedAt : null)
                : null);
    }
}

/// <summary>R28: a refund is only ever for the system's or the state's fault, with its reason.</summary>
public sealed record RefundDto(RefundFault Fault, string Reason, DateTimeOffset RequestedAt, string? RefundId, DateTimeOffset? RefundedAt);
