using System.Globalization;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Domain.Barriers;

/// <summary>
/// R11: one open or close command for one barrier, and its audit record — who gave it, when, why,
/// for which plate and booking, and what became of it. It waits to be collected
/// (<see cref="BarrierCommandState.Pending"/>), is collected (<see cref="BarrierCommandState.Delivered"/>)
/// and answered (<see cref="BarrierCommandState.Acknowledged"/>); a delivery left unanswered is
/// made deliverable again until the allowed deliveries are spent, then the command
/// <see cref="BarrierCommandState.Failed"/> and the officers are alerted. Its facts never change
/// after issue; only its delivery state does.
/// </summary>
public sealed class BarrierCommand : AggregateRoot<BarrierCommandId>
{
    public const int MaxReasonLength = 500;
    public const int MaxDetailLength = 500;
    public const int MaxBookingNumberLength = 64;

    private BarrierCommand()
    {
    }

    public DeviceId BarrierId { get; private set; }

    public CheckpointCode Checkpoint { get; private set; } = null!;

    public CameraPoint Point { get; private set; }

    public BarrierAction Action { get; private set; }

    public BarrierCommandSource Source { get; private set; }

    /// <summary>"system", or the e-mail address of the staff member who gave it.</summary>
    public string IssuedBy { get; private set; } = string.Empty;

    public Guid? IssuedByAccountId { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    /// <summary>The plate concerned (normalised), when known.</summary>
    public string? Plate { get; private set; }

    public BookingId? BookingId { get; private set; }

    public string? BookingNumber { get; private set; }

    /// <summary>The camera read that made the system issue it.</summary>
    public Guid? AnprEventId { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>Since when it has waited to be collected: its issue, or the moment it was made deliverable again.</summary>
    public DateTimeOffset QueuedAt { get; private set; }

    public int DeliveryAttempts { get; private set; }

    public DateTimeOffset? LastDeliveredAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public BarrierAckOutcome? AckOutcome { get; private set; }

    public string? AckDetail { get; private set; }

    public DateTimeOffset? FailedAt { get; private set; }

    public string? FailureReason { get; private set; }

    public BarrierCommandState State { get; private set; }

    /// <summary>
    /// Issues a command to <paramref name="barrier"/>, which must be an unrevoked barrier. The
    /// checkpoint and point are the barrier's own.
    /// </summary>
    public static Result<BarrierCommand> Issue(
        Device barrier,
        BarrierAction action,
        BarrierIssuer issuer,
        string? reason,
        DateTimeOffset now,
        string? plate = null,
        BookingId? bookingId = null,
        string? bookingNumber = null,
        Guid? anprEventId = null)
    {
        ArgumentNullException.ThrowIfNull(barrier);
        ArgumentNullException.ThrowIfNull(issuer);
        if (barrier.Kind != DeviceKind.Barrier)
        {
            return BarrierErrors.NotABarrier;
        }

        if (barrier.IsRevoked)
        {
            return DeviceErrors.Revoked;
        }

        var trimmed = reason?.Trim() ?? string.Empty;
        if (!IsPrintable(trimmed, MaxReasonLength))
        {
            return BarrierErrors.InvalidReason;
        }

        var command = new BarrierCommand
        {
            Id = BarrierCommandId.New(),
            BarrierId = barrier.Id,
            Checkpoint = barrier.Checkpoint,
            Point = barrier.Point,
            Action = action,
            Source = issuer.Source,
            IssuedBy = issuer.Name,
            IssuedByAccountId = issuer.AccountId,
            Reason = trimmed,
            Plate = plate,
            BookingId = bookingId,
            BookingNumber = bookingNumber,
            AnprEventId = anprEventId,
            IssuedAt = now,
            QueuedAt = now,
            State = BarrierCommandState.Pending,
        };
        command.Raise(new BarrierCommandIssued(
            command.Id.Value, barrier.Id.Value, barrier.Checkpoint.Value, barrier.Point, action, issuer.Source, issuer.Name, issuer.AccountId,
            trimmed, plate, bookingId?.Value, bookingNumber, anprEventId, now));
        return command;
    }

    /// <summary>Text of 1 to <paramref name="maxLength"/> characters with no control characters (a reason, a detail).</summary>
    public static bool IsPrintable(string? text, int maxLength) =>
        text is { Length: > 0 } && text.Length <= maxLength && !string.IsNullOrWhiteSpace(text) && !text.Any(char.IsControl);

    /// <summary>The barrier collected it: one more delivery. Only a command waiting to be collected is delivered.</summary>
    public bool Deliver(DateTimeOffset now)
    {
        if (State != BarrierCommandState.Pending)
        {
            return false;
        }

        DeliveryAttempts++;
        LastDeliveredAt = now;
        State = BarrierCommandState.Delivered;
        Raise(new BarrierCommandDelivered(Id.Value, BarrierId.Value, Checkpoint.Value, DeliveryAttempts, now));
        return true;
    }

    /// <summary>
    /// The barrier's answer. Idempotent: the same answer again changes nothing; a different one is
    /// refused and the first stands. An answer that comes after the command was given up is still
    /// kept (the barrier did act after all), marked as coming after the failure.
    /// </summary>
    /// <returns>Whether this call changed the command.</returns>
    public Result<bool> Acknowledge(BarrierAckOutcome outcome, string? detail, DateTimeOffset now)
    {
        if (State == BarrierCommandState.Acknowledged)
        {
            return AckOutcome == outcome ? false : BarrierErrors.AcknowledgedOtherwise(AckOutcome!.Value);
        }

        if (DeliveryAttempts == 0)
        {
            return BarrierErrors.NotDelivered;
        }

        var afterFailure = State == BarrierCommandState.Failed;
        var trimmed = string.IsNullOrWhiteSpace(detail) ? null : detail.Trim();
        State = BarrierCommandState.Acknowledged;
        AcknowledgedAt = now;
        AckOutcome = outcome;
        AckDetail = trimmed is { Length: > MaxDetailLength } ? trimmed[..MaxDetailLength] : trimmed;
        Raise(new BarrierCommandAcknowledged(
            Id.Value, BarrierId.Value, Checkpoint.Value, Point, Action, outcome, AckDetail, Plate, BookingId?.Value, afterFailure, now));
        return true;
    }

    /// <summary>
    /// What the retry sweep does at <paramref name="now"/>: a delivery unanswered for
    /// <paramref name="ackTimeout"/> is made deliverable again, or, once <paramref name="maxAttempts"/>
    /// deliveries went unanswered, the command fails. A command nobody collected for
    /// <paramref name="ackTimeout"/> × <paramref name="maxAttempts"/> (the barrier is offline) fails too.
    /// Failing happens once: a failed command is never swept again.
    /// </summary>
    public BarrierSweepOutcome Sweep(DateTimeOffset now, TimeSpan ackTimeout, int maxAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        switch (State)
        {
            case BarrierCommandState.Delivered when now - LastDeliveredAt!.Value >= ackTimeout:
                if (DeliveryAttempts >= maxAttempts)
                {
                    Fail(string.Create(CultureInfo.InvariantCulture, $"not acknowledged after {DeliveryAttempts} deliveries"), now);
                    return BarrierSweepOutcome.Failed;
                }

                State = BarrierCommandState.Pending;
                QueuedAt = now;
                Raise(new BarrierCommandRequeued(Id.Value, BarrierId.Value, Checkpoint.Value, DeliveryAttempts, now));
                return BarrierSweepOutcome.Requeued;
            case BarrierCommandState.Pending when now - QueuedAt >= ackTimeout * maxAttempts:
                Fail(string.Create(CultureInfo.InvariantCulture, $"not collected by the barrier within {(ackTimeout * maxAttempts).TotalSeconds:0} s"), now);
                return BarrierSweepOutcome.Failed;
            default:
                return BarrierSweepOutcome.Unchanged;
        }
    }

    private void Fail(string reason, DateTimeOffset now)
    {
        State = BarrierCommandState.Failed;
        FailedAt = now;
        FailureReason = reason;
        Raise(new BarrierCommandFailed(Id.Value, BarrierId.Value, Checkpoint.Value, Point, Action, DeliveryAttempts, reason, Plate, BookingId?.Value, now));
    }
}
