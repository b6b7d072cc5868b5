using Seo.Application.Live;
using Seo.Domain.Bookings.Journey;

namespace Seo.Projections.Tests.Live;

/// <summary>Bookings, alerts and devices of DOSTYK on 25 Nov 2026 (UTC+5), as the tests need them.</summary>
internal static class LiveEntries
{
    public const string Checkpoint = "DOSTYK";
    public static readonly DateOnly Day = new(2026, 11, 25);
    public static readonly TimeSpan Kazakhstan = TimeSpan.FromHours(5);

    /// <summary>09:00 at the checkpoint.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 11, 25, 9, 0, 0, Kazakhstan);

    public static JourneyBooking Journey(int sequence, string start = "10:00", bool priority = false, Guid? id = null, string? plate = null, DateOnly? date = null)
    {
        var day = date ?? Day;
        var time = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var startsAt = new DateTimeOffset(day.ToDateTime(time), Kazakhstan);
        return new JourneyBooking(
            id ?? Guid.NewGuid(), Guid.NewGuid(), Checkpoint, $"{Checkpoint}-{day:yyyyMMdd}-{sequence:D4}", plate ?? $"{sequence:D3}ABC02",
            day, time, startsAt, startsAt.AddHours(1), priority, sequence);
    }

    public static LiveVehicle Vehicle(JourneyBooking booking, string status, DateTimeOffset at) => LiveVehicle.From(booking, status, at);
}
