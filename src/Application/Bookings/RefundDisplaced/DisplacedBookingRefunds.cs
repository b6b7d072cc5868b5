using Seo.Application.Common.Ports;
using Seo.Application.Payments.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Bookings.RefundDisplaced;

/// <summary>
/// R22, R28: a displaced booking is withdrawn and every fee paid for it — the booking fee and any
/// paid reschedule — is set to go back, the state being at fault (a closure). Inside the caller's
/// transaction; the gateway is asked afterwards, by the caller or by the reconciliation, once.
/// </summary>
public sealed class DisplacedBookingRefunds(IRepository<PaymentIntent> intents)
{
    /// <summary>The intents whose refund was decided; empty for a booking that is not displaced (nothing changes then).</summary>
    public async Task<IReadOnlyList<PaymentIntent>> RefundAsync(Booking booking, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (booking.Status != BookingStatus.Displaced)
        {
            return [];
        }

        var paid = await intents.ListAsync(new RefundableFeesOfBookingSpec(booking.Id), cancellationToken);
        var refunded = paid.Where(intent => intent.RequestRefund(RefundFault.State, reason, now).IsSuccess).ToList();
        booking.WithdrawForRefund(refunded.Aggregate(Money.Zero, (sum, intent) => sum + intent.Amount), now);
        return refunded;
    }

    public static string Reason(Booking booking, bool ownersChoice)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return ownersChoice
            ? $"Booking {booking.Number}: the checkpoint closed and left it no place (R22); the owner asked for the fee back."
            : $"Booking {booking.Number}: the checkpoint closed and left it no place (R22); the owner did not place it by the deadline.";
    }
}
