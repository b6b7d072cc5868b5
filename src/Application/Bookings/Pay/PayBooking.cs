using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Payments.Common;
using Seo.Application.Payments.OpenPayment;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Bookings.Pay;

/// <summary>
/// Pays what the booking has due (R23): its fee, or the fee of a pending paid reschedule (R28).
/// Not one transaction but three steps — open the intent, ask the gateway, record its answer —
/// so no charge ever runs inside a database transaction.
/// </summary>
public sealed record PayBooking(Guid BookingId) : IRequest<Result<PaymentOutcome>>;

/// <summary>The payment, and the booking when the gateway settled it at once.</summary>
public sealed record PaymentOutcome(PaymentDto Payment, BookingDto? Booking);

public sealed class PayBookingHandler(ISender sender, GatewayCalls gateway) : IRequestHandler<PayBooking, Result<PaymentOutcome>>
{
    public async ValueTask<Result<PaymentOutcome>> Handle(PayBooking request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var opened = await sender.Send(new OpenBookingPayment(request.BookingId), cancellationToken);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        var started = await gateway.StartOrReuseAsync(opened.Value, cancellationToken);
        if (!started.IsSuccess)
        {
            return started.Error;
        }

        var payment = started.Value;

        if (payment.Status != PaymentIntentStatus.Succeeded)
        {
            return new PaymentOutcome(payment, null);
        }

        var booking = await sender.Send(new GetBooking.GetBooking(request.BookingId), cancellationToken);
        return new PaymentOutcome(payment, booking.IsSuccess ? booking.Value : null);
    }
}
