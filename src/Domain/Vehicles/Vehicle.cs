using Seo.Domain.Common;
using Seo.Domain.Identity;

namespace Seo.Domain.Vehicles;

/// <summary>The vehicle a booking is for (R16.4): kind, country of registration, plate, trailer plate and VIN.</summary>
public sealed record Vehicle
{
    private Vehicle(VehicleKind kind, CountryCode countryOfRegistration, PlateNumber plate, PlateNumber? trailerPlate, Vin vin)
    {
        Kind = kind;
        CountryOfRegistration = countryOfRegistration;
        Plate = plate;
        TrailerPlate = trailerPlate;
        Vin = vin;
    }

    public VehicleKind Kind { get; }

    public CountryCode CountryOfRegistration { get; }

    public PlateNumber Plate { get; }

    public PlateNumber? TrailerPlate { get; }

    public Vin Vin { get; }

    /// <summary>R3: trucks (with or without trailer) and semi-trailer tractors are booked; cars and buses need no booking.</summary>
    public static Result<Vehicle> Create(VehicleKind kind, CountryCode countryOfRegistration, PlateNumber plate, PlateNumber? trailerPlate, Vin vin)
    {
        var rule = new Rules.OnlyTrucksAndTractorsAreBookedRule(kind).Check();
        if (!rule.IsSuccess)
        {
            return rule.Error;
        }

        if (kind == VehicleKind.TruckWithTrailer && trailerPlate is null)
        {
            return DomainError.Validation(
                "trailer-plate-required",
                "A truck with a trailer needs the trailer's plate number.",
                new Dictionary<string, string[]> { ["vehicle.trailerPlate"] = ["Required for a truck with a trailer."] });
        }

        return new Vehicle(kind, countryOfRegistration, plate, trailerPlate, vin);
    }
}
