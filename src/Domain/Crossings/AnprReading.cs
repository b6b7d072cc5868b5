using Seo.Domain.Devices;
using Seo.Domain.Vehicles;

namespace Seo.Domain.Crossings;

/// <summary>What a camera says it read: the plate as read and normalised, how sure it is, when, and which way the truck went.</summary>
public sealed record AnprReading(
    string PlateAsRead,
    PlateNumber Plate,
    double Confidence,
    string? ImageReference,
    DateTimeOffset CapturedAt,
    CrossingDirection Direction)
{
    /// <summary>
    /// The capture time to the microsecond: the finest every write store keeps (PostgreSQL's
    /// timestamptz), so that a replay compares equal to what was stored.
    /// </summary>
    public DateTimeOffset StoredCapturedAt => Stored(CapturedAt);

    /// <summary><paramref name="at"/> as the stores keep it: UTC, to the microsecond.</summary>
    public static DateTimeOffset Stored(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);
}
