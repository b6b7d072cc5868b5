using System.Diagnostics.CodeAnalysis;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Crossings.Common;
using Seo.Application.Devices.AuthenticateDevice;
using Seo.Application.Checkpoints;
using Seo.Application.Devices.Common;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.Domain.Vehicles;

namespace Seo.Application.Crossings.RecordAnprEvent;

[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "The handler of the RecordAnprEvent command (the use-case convention), not a .NET event handler.")]
public sealed class RecordAnprEventHandler(
    IRepository<Device> devices,
    IRepository<AnprEvent> anprEvents,
    IRepository<Booking> bookings,
    IRepository<Checkpoint> checkpoints,
    JourneyPolicy journey,
    TimeProvider clock) : ICommandHandler<RecordAnprEvent, Result<AnprEventDto>>
{
    public async ValueTask<Result<AnprEventDto>> Handle(RecordAnprEvent command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var device = await devices.FirstOrDefaultAsync(new DeviceByIdSpec(new DeviceId(command.DeviceId), tracked: false), cancellationToken);
        if (device is null || device.IsRevoked)
        {
            // Revoked between authentication and here: as if the key had been refused.
            return AuthenticateDeviceHandler.InvalidKey;
        }

        if (device.Kind != DeviceKind.AnprCamera)
        {
            // R10, R11: only plate-reading cameras report reads; a barrier's key cannot open itself.
            return Domain.Barriers.BarrierErrors.DeviceNotACamera;
        }

        if (command.Checkpoint is not null && CheckpointCode.Create(command.Checkpoint).Value != device.Checkpoint)
        {
            return DeviceErrors.OtherCheckpoint;
        }

        var reading = new AnprReading(
            command.Plate!,
            PlateNumber.Create(command.Plate).Value,
            command.Confidence!.Value,
            command.ImageReference,
            command.CapturedAt!.Value,
            command.Direction ?? device.Direction);
        var eventId = command.EventId!.Value;
        if (await anprEvents.FirstOrDefaultAsync(new AnprEventByIdSpec(eventId), cancellationToken) is { } stored)
        {
            return AnprErrors.Replayed(stored.HasSameContent(device.Id, reading));
        }

        var now = clock.GetUtcNow();
        var booking = await MatchAsync(reading, device.Checkpoint, cancellationToken);
        var outcome = ReadOutcome.NoBooking;
        if (booking is not null)
        {
            var checkpoint = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(device.Checkpoint), cancellationToken);
            // R30: the read moves the booking along its journey, or is flagged and moves nothing.
            outcome = booking.RecordRead(device.Point, reading.StoredCapturedAt, checkpoint?.HasWaitingZone ?? true, journey, now);
        }

        var anprEvent = AnprEvent.Record(eventId, device, reading, booking is null ? null : BookingMatch.Of(booking), outcome, now);
        await anprEvents.AddAsync(anprEvent, cancellationToken);
        return anprEvent.ToDto();
    }

    /// <summary>
    /// R30: the plate's active booking at this checkpoint. Should plates of two countries both be
    /// booked there, the booking whose interval is nearest the capture wins.
    /// </summary>
    private async Task<Booking?> MatchAsync(AnprReading reading, CheckpointCode checkpoint, CancellationToken cancellationToken)
    {
        var candidates = await bookings.ListAsync(new ActiveBookingsOfPlateAtCheckpointSpec(reading.Plate, checkpoint), cancellationToken);
        var best = candidates
            .OrderBy(b => DistanceTo(b.Interval, reading.CapturedAt))
            .ThenBy(b => b.Number, StringComparer.Ordinal)
            .FirstOrDefault();
        return best;
    }

    private static TimeSpan DistanceTo(BookedInterval interval, DateTimeOffset at) =>
        at < interval.StartsAt ? interval.StartsAt - at : at > interval.EndsAt ? at - interval.EndsAt : TimeSpan.Zero;
}
