using System.Globalization;
using Mediator;
using Seo.Application.Common.Mapping;
using Seo.Application.Payments.Common;
using Seo.Application.Payments.GetPayment;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Payments.Receipts;

public enum ReceiptKind
{
    Payment,
    Refund,
}

/// <summary>The receipt of a payment or of its refund (R23, R28), once the gateway confirmed it.</summary>
public sealed record GetReceipt(Guid IntentId, ReceiptKind Kind) : IQuery<Result<ReceiptDto>>;

/// <summary>What a receipt states: its number, the payer, the amount, the tariff version, what was paid for and when.</summary>
public sealed record ReceiptDto(
    string Number,
    ReceiptKind Kind,
    DateTimeOffset IssuedAt,
    Guid PaymentId,
    Guid Payer,
    PaymentPurpose Purpose,
    Guid? BookingId,
    string Reference,
    MoneyDto Amount,
    int? TariffVersion,
    string GatewayReference,
    string Registrar,
    RefundFault? Fault,
    string? Reason);

public sealed class GetReceiptHandler(PaymentVisibility visibility, ReceiptOptions options) : IQueryHandler<GetReceipt, Result<ReceiptDto>>
{
    public static readonly DomainError NoReceipt = DomainError.NotFound("receipt-not-found", "There is no such receipt: the payment or its refund has not been confirmed by the gateway.");

    public async ValueTask<Result<ReceiptDto>> Handle(GetReceipt query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var intent = await visibility.VisibleAsync(query.IntentId, cancellationToken);
        var issuedAt = query.Kind == ReceiptKind.Payment ? intent?.PaidAt : intent?.Status == PaymentIntentStatus.Refunded ? intent.ClosedAt : null;
        if (intent is null || issuedAt is not { } at)
        {
            return NoReceipt;
        }

        var prefix = query.Kind == ReceiptKind.Payment ? "P" : "R";
        return new ReceiptDto(
            string.Create(CultureInfo.InvariantCulture, $"SEO-{prefix}-{at:yyyyMMdd}-{intent.Id.Value.ToString("N")[^10..].ToUpperInvariant()}"),
            query.Kind,
            at,
            intent.Id.Value,
            intent.Payer.Value,
            intent.Purpose,
            intent.Booking?.Value,
            intent.Reference,
            MoneyDto.From(intent.Amount),
            intent.TariffVersion,
            query.Kind == ReceiptKind.Payment ? intent.GatewayPaymentId! : intent.RefundId!,
            options.RegistrarName,
            query.Kind == ReceiptKind.Refund ? intent.RefundFault : null,
            query.Kind == ReceiptKind.Refund ? intent.RefundReason : null);
    }
}

/// <summary>Who issues receipts (<c>Seo:Receipts</c>).</summary>
public sealed class ReceiptOptions
{
    public const string Section = "Seo:Receipts";

    public string RegistrarName { get; set; } = "Registrar of the electronic queue (Rules No. 707)";
}
