using Mediator;
using Seo.Application.Audit;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Application.Payments.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Payments.OpenPayment;

/// <summary>
/// Opens the intent for what a booking has due (R23) — its fee, or the fee of a pending paid
/// reschedule (R28) — or finds the one already open: one intent per amount due, whoever asks.
/// </summary>
public sealed record OpenBookingPayment(Guid BookingId) : ICommand<Result<PaymentDto>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        answer is PaymentDto payment
            ? DispatcherActions.For(caller, AuditActions.BookingPaidByDispatcher, payment.Payer, BookingId.ToString(), new { organisation = payment.Payer, number = payment.Reference, payment = payment.Id })
            : null;
}

public sealed class OpenBookingPaymentHandler(BookingAccess access, IRepository<PaymentIntent> intents, TimeProvider clock)
    : ICommandHandler<OpenBookingPayment, Result<PaymentDto>>
{
    public async ValueTask<Result<PaymentDto>> Handle(OpenBookingPayment command, CancellationToken cancellationToken)
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

        var key = BookingPaymentKeys.For(booking);
        if (await intents.FirstOrDefaultAsync(new PaymentIntentByKeySpec(key), cancellationToken) is { } open)
        {
            return open.Status == PaymentIntentStatus.Pending ? PaymentDto.From(open) : PaymentRefusals.IntentClosed;
        }

        var purpose = booking.Status == BookingStatus.AwaitingPayment ? PaymentPurpose.BookingFee : PaymentPurpose.RescheduleFee;
        var tariffVersion = purpose == PaymentPurpose.BookingFee ? booking.TariffVersion : booking.PendingReschedule!.TariffVersion;
        var intent = PaymentIntent.Open(
            key, purpose, booking.Owner.AccountId, booking.Id, booking.Number, due.Value, tariffVersion == 0 ? null : tariffVersion, booking.HoldExpiresAt!.Value, now);
        await intents.AddAsync(intent, cancellationToken);
        return PaymentDto.From(intent);
    }
}
