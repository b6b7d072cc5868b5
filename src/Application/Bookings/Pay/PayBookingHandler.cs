using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.Pay;

public sealed class PayBookingHandler(
    BookingAccess access,
    IPaymentGateway gateway,
    TimeProvider clock) : ICommandHandler<PayBooking, Result<BookingDto>>
{
    public static readonly DomainError PaymentDeclined = new(
        "payment-declined", "The payment gateway declined the payment; nothing was charged.", ErrorKind.Conflict, "R23");

    public async ValueTask<Result<BookingDto>> Handle(PayBooking command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var booking = await access.ActionableAsync(command.BookingId, cancellationToken);
        if (booking is null)
        {
            return BookingErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var due = booking.PaymentDue(now);
        if (!due.IsSuccess)
        {
            return due.Error;
        }

        // One key per thing paid for: the booking fee, or the fee of the n-th reschedule. If this
        // transaction is lost after the charge, a retry is charged nothing and confirms.
        var key = booking.Status == BookingStatus.AwaitingPayment ? $"{booking.Id}:fee" : $"{booking.Id}:reschedule:{booking.ReschedulesUsed + 1}";
        var receipt = await gateway.StartAsync(
            new GatewayPaymentRequest(booking.Id.Value, key, due.Value, booking.Number, booking.Number, booking.HoldExpiresAt ?? now), cancellationToken);
        if (receipt.Status != GatewayPaymentStatus.Succeeded)
        {
            return PaymentDeclined with { Message = $"{PaymentDeclined.Message} {receipt.FailureReason}".Trim() };
        }

        var paid = booking.Pay(due.Value, receipt.GatewayPaymentId!, now);
        if (!paid.IsSuccess)
        {
            return paid.Error;
        }

        // A paid reschedule takes effect now; the interval it left is freed by CapacityRelease.
        return booking.ToDto();
    }
}
