using Seo.Domain.Accounts;
using Seo.Domain.Bookings;

namespace Seo.Domain.Tests;

public sealed class BookingTransferTests
{
    [Fact]
    public void R36_booking_is_not_transferable_to_another_owner()
    {
        var booking = TestData.Confirmed();
        var owner = booking.Owner;

        var error = Booking.TransferTo(AccountId.New()).ShouldFailWith("booking-not-transferable");

        error.Rule.ShouldBe("R36");
        booking.Owner.ShouldBe(owner);
    }

    [Fact]
    public void R36_booking_vehicle_cannot_be_replaced()
    {
        var booking = TestData.Confirmed();
        var vehicle = booking.Vehicle;

        Booking.ReplaceVehicle(TestData.Truck("777XYZ01", "2HGCM82633A004352")).ShouldFailWith("booking-not-transferable");

        booking.Vehicle.ShouldBe(vehicle);
    }
}
