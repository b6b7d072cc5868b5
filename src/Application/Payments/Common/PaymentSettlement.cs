using Seo.Application.Accounts;
using Seo.Application.Bookings.Common;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Ledger;
using Seo.Domain.Payments;

namespace Seo.Application.Payments.Common;

/// <summary>
/// What a gateway outcome does, inside the command's transaction: the intent records it once,
/// the books get their balanced entry, and the thing paid for is paid. Every outcome is
/// idempotent, so a callback, a repeated callback and the reconciliation may all report the same
/// payment and it is counted once.
/// <para>
/// The rule for a payment that comes too late (docs/payments.md): the booking fee of a hold that
/// ran out confirms the booking after all when its place can be taken again and the vehicle has
/// no other active booking (R21); anything else paid for something that no longer wants it — a
/// lapsed paid reschedule, a cancelled booking, a debt already settled — is refunded in full
/// through the gateway, the fault being the system's and not the payer's (R28).
/// </para>
/// </summary>
public sealed class PaymentSettlement(
    IRepository<PaymentIntent> intents,
    IRepository<Booking> bookings,
    IRepository<Account> accounts,
    IRepository<Checkpoint> checkpoints,
    IRepository<JournalEntry> journal,
    ICapacityLedger capacity,
    IUnitOfWork unitOfWork)
{
    public async Task<Result> SucceedAsync(PaymentIntent intent, string gatewayPaymentId, Money amount, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var wasCancelled = intent.Status == PaymentIntentStatus.Cancelled;
        var succeeded = intent.Succeed(gatewayPaymentId, amount, now);
        if (!succeeded.IsSuccess || !succeeded.Value)
        {
            return succeeded.IsSuccess ? Result.Success() : succeeded.Error;
        }

        var applied = wasCancelled ? "the payment was closed before the gateway took the money" : await ApplyAsync(intent, now, cancellationToken);
        var appliedToDebt = applied is null && intent.Purpose == PaymentPurpose.DebtSettlement;
        await journal.AddAsync(
            appliedToDebt
                ? JournalEntry.DebtSettlement(intent.Id, intent.Payer, intent.Amount, intent.Id.ToString(), now)
                : JournalEntry.Payment(intent.Id, intent.Payer, intent.Amount, now),
            cancellationToken);
        if (applied is not null)
        {
            intent.RequestRefund(RefundFault.System, $"Paid too late: {applied}.", now);
        }

        return Result.Success();
    }

    /// <summary>The gateway gave the money back: the intent and the books record it once.</summary>
    public async Task<Result> RefundedAsync(PaymentIntent intent, string gatewayPaymentId, Money amount, string refundId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var counted = await CountFirstAsync(intent, gatewayPaymentId, amount, now, cancellationToken);
        if (!counted.IsSuccess)
        {
            return counted;
        }

        if (intent.Status == PaymentIntentStatus.Succeeded && !intent.RefundDue)
        {
            // A refund Seo did not ask for (the gateway's operator made it): recorded all the same.
            intent.RequestRefund(RefundFault.System, "Refunded at the gateway by its operator.", now);
        }

        var refunded = intent.Refund(refundId, now);
        if (refunded.IsSuccess && refunded.Value)
        {
            await journal.AddAsync(JournalEntry.Refund(intent.Id, intent.Payer, intent.Amount, now), cancellationToken);
        }

        return refunded.IsSuccess ? Result.Success() : refunded.Error;
    }

    /// <summary>
    /// R27: the payer's bank took a paid fee back after it was spent (the place was held, the
    /// service given): the carrier owes it, and may not book until the debt is settled.
    /// </summary>
    public async Task<Result> ReversedAsync(PaymentIntent intent, string gatewayPaymentId, Money amount, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var counted = await CountFirstAsync(intent, gatewayPaymentId, amount, now, cancellationToken);
        if (!counted.IsSuccess)
        {
            return counted;
        }

        var reversed = intent.Reverse(now);
        if (!reversed.IsSuccess || !reversed.Value)
        {
            return reversed.IsSuccess ? Result.Success() : reversed.Error;
        }

        var payer = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(intent.Payer), cancellationToken)
            ?? throw new InvalidOperationException($"The payer of intent {intent.Id} is gone.");
        await journal.AddAsync(JournalEntry.Reversal(intent.Id, intent.Payer, intent.Amount, now), cancellationToken);
        payer.RecordDebt(intent.Amount, $"Chargeback of payment {intent.Reference} ({intent.GatewayPaymentId}).", now);
        return Result.Success();
    }

    /// <summary>
    /// A reversal or refund reported (out of order, or found by the reconciliation) for a payment
    /// whose success was not seen yet: the success is counted first, so the books stay whole.
    /// </summary>
    private Task<Result> CountFirstAsync(PaymentIntent intent, string gatewayPaymentId, Money amount, DateTimeOffset now, CancellationToken cancellationToken) =>
        intent.Status is PaymentIntentStatus.Pending or PaymentIntentStatus.Cancelled
            ? SucceedAsync(intent, gatewayPaymentId, amount, now, cancellationToken)
            : Task.FromResult(Result.Success());

    /// <summary>Pays what the intent was for; returns why it could not (the payment is then refunded) or null.</summary>
    private async Task<string?> ApplyAsync(PaymentIntent intent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (intent.Purpose == PaymentPurpose.DebtSettlement)
        {
            var payer = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(intent.Payer), cancellationToken);
            if (payer is null || payer.Debt.Amount < intent.Amount.Amount)
            {
                return "the debt had been settled otherwise meanwhile";
            }

            payer.SettleDebt(intent.Amount, now);
            return null;
        }

        var booking = await bookings.FirstOrDefaultAsync(new BookingByIdSpec(intent.Booking!.Value), cancellationToken);
        if (booking is null)
        {
            return "the booking is gone";
        }

        if (intent.Purpose == PaymentPurpose.RescheduleFee)
        {
            // Paid for the reschedule it was opened for (the n-th), while that reschedule is still held.
            var stillHeld = booking.PendingReschedule is { } pending && pending.Fee == intent.Amount && intent.Key == BookingPaymentKeys.For(booking);
            return stillHeld && booking.Pay(intent.Amount, intent.GatewayPaymentId!, now).IsSuccess ? null : "the reschedule it paid for had lapsed";
        }

        if (booking.Status == BookingStatus.AwaitingPayment && booking.Pay(intent.Amount, intent.GatewayPaymentId!, now).IsSuccess)
        {
            return null;
        }

        if (booking.Status == BookingStatus.AwaitingPayment)
        {
            // The hold ran out but was not swept yet: it expires now, and its place is given back first.
            booking.Expire(now);
            await unitOfWork.ReactToRaisedEventsAsync(cancellationToken);
        }

        return booking.Status == BookingStatus.Expired ? await RetakeAsync(booking, intent, now, cancellationToken) : $"the booking is {booking.Status.ToString().ToLowerInvariant()}";
    }

    /// <summary>A late booking fee: takes the place again if it is free and confirms the booking on it.</summary>
    private async Task<string?> RetakeAsync(Booking booking, PaymentIntent intent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var checkpoint = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(booking.Checkpoint), cancellationToken);
        if (checkpoint is null || now >= booking.Interval.StartsAt)
        {
            return "the hold had run out and its interval has begun";
        }

        var others = await bookings.ListAsync(
            new ActiveBookingsOfVehicleSpec(booking.Vehicle.Vin, booking.Vehicle.CountryOfRegistration, booking.Vehicle.Plate, readOnly: true), cancellationToken);
        if (others.Any(other => other.Id != booking.Id))
        {
            return "the hold had run out and the vehicle has another booking now (R21)";
        }

        var place = await capacity.TryReserveAsync(checkpoint, booking.Interval, booking.IsPriority, cancellationToken);
        if (!place.IsSuccess)
        {
            return "the hold had run out and its place was taken by another carrier";
        }

        var confirmed = booking.ConfirmByLatePayment(intent.Amount, intent.GatewayPaymentId!, place.Value, vehicleHasOtherActiveBooking: false, now);
        if (!confirmed.IsSuccess)
        {
            await capacity.ReleaseAsync(booking.Checkpoint, booking.Interval, booking.IsPriority, cancellationToken);
            return confirmed.Error.Message;
        }

        return null;
    }

    /// <summary>Loads an intent to change it.</summary>
    public Task<PaymentIntent?> FindAsync(Guid intentId, CancellationToken cancellationToken) =>
        intents.FirstOrDefaultAsync(new PaymentIntentByIdSpec(new PaymentIntentId(intentId)), cancellationToken);
}

/// <summary>The unique key of each amount due on a booking: its fee, or the fee of its n-th reschedule.</summary>
public static class BookingPaymentKeys
{
    public static string For(Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return booking.Status == BookingStatus.AwaitingPayment ? $"booking:{booking.Id}:fee" : $"booking:{booking.Id}:reschedule:{booking.ReschedulesUsed + 1}";
    }
}
