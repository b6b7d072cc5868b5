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
    public DateTimeOffset StoredCapturedAt => new(CapturedAt.UtcTicks - (CapturedAt.UtcTicks % 10), TimeSpan.Zero);
}
