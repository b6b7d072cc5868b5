using Seo.Domain.Identity;
using Seo.Domain.Vehicles;
using Seo.Domain.Vehicles.Rules;

namespace Seo.Domain.Tests;

public sealed class VehicleTests
{
    private static readonly CountryCode Kz = CountryCode.Create("KZ").Value;
    private static readonly PlateNumber Plate = PlateNumber.Create("123ABC02").Value;
    private static readonly PlateNumber TrailerPlate = PlateNumber.Create("45AB02").Value;
    private static readonly Vin Vin = Vin.Create(TestData.ValidVin).Value;

    [Theory]
    [InlineData(VehicleKind.PassengerCar)]
    [InlineData(VehicleKind.Bus)]
    public void R3_passenger_car_and_bus_are_refused_with_a_clear_reason(VehicleKind kind)
    {
        var error = Vehicle.Create(kind, Kz, Plate, null, Vin).ShouldFailWith("vehicle-kind-not-bookable");

        error.Rule.ShouldBe("R3");
        error.Message.ShouldContain("without a booking");
    }

    [Theory]
    [InlineData(VehicleKind.Truck)]
    [InlineData(VehicleKind.SemiTrailerTractor)]
    public void R3_trucks_and_semi_trailer_tractors_are_accepted(VehicleKind kind)
    {
        var vehicle = Vehicle.Create(kind, Kz, Plate, null, Vin).ShouldSucceed();

        vehicle.Kind.ShouldBe(kind);
        vehicle.Plate.ShouldBe(Plate);
        vehicle.Vin.ShouldBe(Vin);
    }

    [Fact]
    public void R3_truck_with_trailer_is_accepted_with_the_trailer_plate()
    {
        Vehicle.Create(VehicleKind.TruckWithTrailer, Kz, Plate, TrailerPlate, Vin).ShouldSucceed().TrailerPlate.ShouldBe(TrailerPlate);
    }

    [Fact]
    public void R16_4_truck_with_trailer_needs_the_trailer_plate()
    {
        Vehicle.Create(VehicleKind.TruckWithTrailer, Kz, Plate, null, Vin).ShouldFailWith("trailer-plate-required");
    }

    [Theory]
    [InlineData(VehicleKind.Truck, true)]
    [InlineData(VehicleKind.TruckWithTrailer, true)]
    [InlineData(VehicleKind.SemiTrailerTractor, true)]
    [InlineData(VehicleKind.PassengerCar, false)]
    [InlineData(VehicleKind.Bus, false)]
    public void R3_only_trucks_and_tractors_are_booked_rule(VehicleKind kind, bool bookable)
    {
        new OnlyTrucksAndTractorsAreBookedRule(kind).Check().IsSuccess.ShouldBe(bookable);
    }
}
