using System.Globalization;
using Seo.Application.Common.Ports;
using Seo.Domain.Devices;

namespace Seo.Projections.Tests.Crossings;

/// <summary>Builds crossings for tests: one valid read, changed only where a test cares.</summary>
internal static class Crossings
{
    public static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static CrossingRecord Read(
        string checkpoint,
        string plate = "123ABC02",
        DateTimeOffset? at = null,
        CrossingDirection direction = CrossingDirection.Exit,
        string? vin = null,
        string? bookingNumber = null,
        bool matched = true,
        Guid? eventId = null) =>
        new(
            EventId: eventId ?? Guid.NewGuid(),
            Timestamp: at ?? Noon,
            Checkpoint: checkpoint,
            Point: CameraPoint.BorderLine,
            Direction: direction,
            Plate: plate,
            Vin: vin,
            BookingNumber: bookingNumber,
            BookingId: bookingNumber is null ? null : Guid.NewGuid(),
            Matched: matched,
            Confidence: 0.875,
            CameraId: checkpoint + "-CAM-1",
            ImageReference: matched ? null : "images/" + plate + ".jpg");

    /// <summary>A checkpoint code of its own, so tests sharing one index never see each other's crossings.</summary>
    public static string NewCheckpoint() => "T" + Guid.NewGuid().ToString("N")[..8].ToUpper(CultureInfo.InvariantCulture);
}
