using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Devices.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;

namespace Seo.Application.Crossings.Common;

/// <summary>
/// The one path of a plate read, whether the camera read it or an officer entered it by hand for the
/// camera (R10): matched to the plate's active booking at the camera's checkpoint, moved along the
/// booking's journey (R30), stored with its outcome. The stored read's event then opens or keeps
/// shut the barrier (R11), and reaches the live view and the crossing log through the outbox, the
/// same way for both. A read off the server's clock (ahead beyond the skew, or too old) is refused
/// with a 422 and stores nothing. The caller has checked the camera and the replay; the unit of work commits.
/// </summary>
public sealed class AnprReadRecorder(
    IRepository<AnprEvent> anprEvents,
    IRepository<Booking> bookings,
    IRepository<Checkpoint> checkpoints,
    JourneyPolicy journey,
    DeviceOptions options,
    TimeProvider clock)
{
    /// <summary>A read the camera itself sent.</summary>
    public Task<Result<AnprEvent>> RecordCameraReadAsync(Guid eventId, Device camera, AnprReading reading, CancellationToken cancellationToken) =>
        RecordAsync(camera, reading, (match, outcome, now) => AnprEvent.Record(eventId, camera, reading, match, outcome, now), cancellationToken);

    /// <summary>R10: a read an officer entered for <paramref name="camera"/>.</summary>
    public Task<Result<AnprEvent>> RecordManualReadAsync(Guid eventId, Device camera, ManualRead read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        return RecordAsync(camera, read.Reading, (match, outcome, now) => AnprEvent.RecordManual(eventId, camera, read, match, outcome, now), cancellationToken);
    }

    private async Task<Result<AnprEvent>> RecordAsync(
        Device camera, AnprReading reading, Func<BookingMatch?, ReadOutcome, DateTimeOffset, AnprEvent> store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(reading);
        var now = clock.GetUtcNow();
        if (DeviceClock.Check(reading.CapturedAt, "capturedAt", now, options.ClockSkew, options.MaxAnprEventAge) is { } skewed)
        {
            return skewed;
        }

        var booking = await MatchAsync(reading, camera.Checkpoint, cancellationToken);
        var outcome = ReadOutcome.NoBooking;
        if (booking is not null)
        {
            var checkpoint = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(camera.Checkpoint), cancellationToken);
            // R30: the read moves the booking along its journey, or is flagged and moves nothing.
            outcome = booking.RecordRead(camera.Point, reading.StoredCapturedAt, checkpoint?.HasWaitingZone ?? true, journey, now);
        }

        var anprEvent = store(booking is null ? null : BookingMatch.Of(booking), outcome, now);
        await anprEvents.AddAsync(anprEvent, cancellationToken);
        return anprEvent;
    }

    /// <summary>
    /// R30: the plate's active booking at this checkpoint. Should plates of two countries both be
    /// booked there, the booking whose interval is nearest the capture wins.
    /// </summary>
    private async Task<Booking?> MatchAsync(AnprReading reading, CheckpointCode checkpoint, CancellationToken cancellationToken)
    {
        var candidates = await bookings.ListAsync(new ActiveBookingsOfPlateAtCheckpointSpec(reading.Plate, checkpoint), cancellationToken);
        return candidates
            .OrderBy(b => DistanceTo(b.Interval, reading.CapturedAt))
            .ThenBy(b => b.Number, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static TimeSpan DistanceTo(BookedInterval interval, DateTimeOffset at) =>
        at < interval.StartsAt ? interval.StartsAt - at : at > interval.EndsAt ? at - interval.EndsAt : TimeSpan.Zero;
}
