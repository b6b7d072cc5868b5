using Seo.Domain.Bookings;

namespace Seo.Domain.Crossings;

/// <summary>The active booking a plate read belongs to (R30): its id, number and the vehicle's VIN.</summary>
public sealed record BookingMatch(BookingId BookingId, string Number, string Vin)
{
    public static BookingMatch Of(Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return new(booking.Id, booking.Number, booking.Vehicle.Vin.Value);
    }
}
