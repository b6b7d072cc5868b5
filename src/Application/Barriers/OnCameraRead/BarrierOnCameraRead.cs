using System.Globalization;
using Seo.Application.Barriers.Common;
using Seo.Application.Common.Events;
using Seo.Application.Common.Ports;
using Seo.Domain.Alerts;
using Seo.Domain.Barriers;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;

namespace Seo.Application.Barriers.OnCameraRead;

/// <summary>
/// R11, R30: a camera read at a point with a barrier decides the barrier, in the read's own
/// transaction — the command (or the alert) commits with the read or not at all. A read that
/// moved a booking along (<see cref="ReadOutcome.Advanced"/>) opens every unrevoked barrier at that
/// checkpoint and point controlling the read's direction (two lanes, or a two-leaf gate, behind
/// one camera are all opened: the system cannot tell which lane the truck takes, and a barrier
/// left shut in front of an admitted truck would stop the queue). Any refusal keeps them shut and
/// alerts the officers. A read where no barrier stands changes nothing here.
/// </summary>
public sealed class BarrierOnCameraRead(
    IRepository<Device> devices,
    IRepository<BarrierCommand> commands,
    IRepository<CheckpointAlert> alerts,
    TimeProvider clock) : IDomainEventReaction<AnprEventRecorded>
{
    public async Task ReactAsync(AnprEventRecorded domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.Outcome == ReadOutcome.Observed)
        {
            // A read that moves nothing by design (a camera watching inside the zone) neither opens nor refuses.
            return;
        }

        var checkpoint = CheckpointCode.Create(domainEvent.Checkpoint).Value;
        var barriers = await devices.ListAsync(new BarriersAtPointSpec(checkpoint, domainEvent.Point, domainEvent.Direction), cancellationToken);
        if (barriers.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var booking = domainEvent.BookingId is { } id ? new BookingId(id) : (BookingId?)null;
        if (domainEvent.Outcome != ReadOutcome.Advanced)
        {
            await alerts.AddAsync(Refusal(checkpoint, domainEvent, booking, now), cancellationToken);
            return;
        }

        // R10: the barrier's audit log says when an officer's read by hand, not the camera, opened it.
        var how = domainEvent.EnteredBy is null ? string.Empty : " on a read entered by hand";
        var reason = string.Create(CultureInfo.InvariantCulture, $"booking {domainEvent.BookingNumber ?? "(unnumbered)"} admitted at {domainEvent.Point}{how}");
        foreach (var barrier in barriers)
        {
            var issued = BarrierCommand.Issue(
                barrier, BarrierAction.Open, BarrierIssuer.System, reason, now, domainEvent.Plate, booking, domainEvent.BookingNumber, domainEvent.AnprEventId);
            await commands.AddAsync(issued.Value, cancellationToken);
        }
    }

    /// <summary>R30: the barrier stays shut; the officers see why (out-of-order reads are flagged as such).</summary>
    private static CheckpointAlert Refusal(CheckpointCode checkpoint, AnprEventRecorded read, BookingId? booking, DateTimeOffset now)
    {
        var kind = read.Outcome == ReadOutcome.OutOfOrder ? AlertKind.OutOfOrderRead : AlertKind.EntryRefused;
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{read.Plate} not admitted at {read.Point}: {Explain(read.Outcome)}{(read.BookingNumber is null ? string.Empty : $" (booking {read.BookingNumber})")}; the barrier stays shut.");
        return CheckpointAlert.Raise(checkpoint, kind, message, now, read.DeviceId, read.Plate, booking);
    }

    private static string Explain(ReadOutcome outcome) => outcome switch
    {
        ReadOutcome.NoBooking => "no active booking at this checkpoint (R30)",
        ReadOutcome.NotPaid => "the booking is not paid (R30)",
        ReadOutcome.Late => "arrived after the booked interval (R28)",
        ReadOutcome.TooEarly => "arrived before the booked interval admits it",
        ReadOutcome.OutOfOrder => "the read does not fit the journey's order",
        ReadOutcome.Repeated => "this step was already read",
        _ => outcome.ToString(),
    };
}
