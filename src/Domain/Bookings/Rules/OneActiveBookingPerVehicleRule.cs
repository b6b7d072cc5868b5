using Seo.Domain.Common;

namespace Seo.Domain.Bookings.Rules;

/// <summary>
/// R21: a vehicle holds at most one active booking. The vehicle is the same whether it is
/// found by its VIN or by its plate (within its country of registration), so one truck cannot
/// hold two bookings under two plates.
/// </summary>
public sealed class OneActiveBookingPerVehicleRule(bool vinHasActiveBooking, bool plateHasActiveBooking) : IRule
{
    public Result Check() =>
        vinHasActiveBooking || plateHasActiveBooking ? BookingErrors.VehicleHasActiveBooking : Result.Success();
}
