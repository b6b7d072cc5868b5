namespace Seo.Domain.Vehicles;

/// <summary>The kinds of vehicle a request may name; only the first three are booked (R3).</summary>
public enum VehicleKind
{
    Truck,
    TruckWithTrailer,
    SemiTrailerTractor,
    PassengerCar,
    Bus,
}
