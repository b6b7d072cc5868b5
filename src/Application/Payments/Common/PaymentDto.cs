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
    /// <summary>The one mapping, as an expression a payer's list selects (materialising no intent) and <see cref="From"/> runs.</summary>
    public static Projection<PaymentIntent, PaymentDto> Projection { get; } = new(intent => new PaymentDto(
        intent.Id.Value,
        intent.Purpose,
        intent.Status,
        MoneyDto.From(intent.Amount),
        intent.Payer.Value,
        intent.Booking.HasValue ? intent.Booking.Value.Value : null,
        intent.Reference,
        intent.TariffVersion,
        intent.CreatedAt,
        intent.PayBefore,
        intent.PaymentPage != null ? new Uri(intent.PaymentPage, UriKind.RelativeOrAbsolute) : null,
        intent.GatewayPaymentId,
        intent.Attempts,
        intent.LastFailure,
        intent.PaidAt,
        intent.RefundRequestedAt.HasValue
            ? new RefundDto(
                intent.RefundFault!.Value, intent.RefundReason!, intent.RefundRequestedAt.Value, intent.RefundId,
                intent.Status == PaymentIntentStatus.Refunded ? intent.ClosedAt : null)
            : null));

    public static PaymentDto From(PaymentIntent intent) => Projection.Of(intent);
}

/// <summary>R28: a refund is only ever for the system's or the state's fault, with its reason.</summary>
public sealed record RefundDto(RefundFault Fault, string Reason, DateTimeOffset RequestedAt, string? RefundId, DateTimeOffset? RefundedAt);
