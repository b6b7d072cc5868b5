using Seo.Domain.Common;

namespace Seo.Domain.Vehicles.Rules;

/// <summary>R3: the electronic queue serves trucks, trucks with trailers and semi-trailer tractors only.</summary>
public sealed class OnlyTrucksAndTractorsAreBookedRule(VehicleKind kind) : IRule
{
    public static readonly DomainError NotBookable = new(
        "vehicle-kind-not-bookable",
        "Only trucks (with or without trailer) and semi-trailer tractors are booked; passenger cars and buses cross without a booking.",
        ErrorKind.Conflict,
        "R3");

    public Result Check() =>
        kind is VehicleKind.Truck or VehicleKind.TruckWithTrailer or VehicleKind.SemiTrailerTractor
            ? Result.Success()
            : NotBookable;
}
