using Seo.Domain.Common;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;

namespace Seo.Domain.PriorityLists;

/// <summary>
/// One vehicle on a priority list: its plate within its country of registration, its VIN, or
/// both; for an authorised economic operator also the operator (BIN and name) when the list
/// gives it. A vehicle matches when its VIN or its plate and country match.
/// </summary>
public sealed record PriorityListEntry
{
    public const int MaxOperatorNameLength = 200;

    private PriorityListEntry(CountryCode? country, PlateNumber? plate, Vin? vin, Bin? operatorBin, string? operatorName)
    {
        Country = country;
        Plate = plate;
        Vin = vin;
        OperatorBin = operatorBin;
        OperatorName = operatorName;
    }

    public CountryCode? Country { get; }

    public PlateNumber? Plate { get; }

    public Vin? Vin { get; }

    public Bin? OperatorBin { get; }

    public string? OperatorName { get; }

    public static Result<PriorityListEntry> Create(CountryCode? country, PlateNumber? plate, Vin? vin, Bin? operatorBin = null, string? operatorName = null)
    {
        // A plate names a vehicle only within its country: 123ABC02 from KZ and from UZ are two trucks.
        if ((plate is null) != (country is null))
        {
            return PriorityListErrors.PlateNeedsCountry;
        }

        if (plate is null && vin is null)
        {
            return PriorityListErrors.VehicleNotIdentified;
        }

        var name = string.IsNullOrWhiteSpace(operatorName) ? null : operatorName.Trim();
        if (name is { Length: > MaxOperatorNameLength })
        {
            return PriorityListErrors.OperatorNameTooLong;
        }

        return new PriorityListEntry(country, plate, vin, operatorBin, name);
    }

    /// <summary>Whether this entry names <paramref name="vehicle"/>: by VIN, or by plate within its country.</summary>
    public bool Names(Vehicle vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return vehicle.Vin == Vin || (vehicle.Plate == Plate && vehicle.CountryOfRegistration == Country);
    }

    /// <summary>Two entries naming one vehicle: the same VIN, or the same plate in the same country.</summary>
    public bool Overlaps(PriorityListEntry other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (Vin is not null && Vin == other.Vin) || (Plate is not null && Plate == other.Plate && Country == other.Country);
    }
}
