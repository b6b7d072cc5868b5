using Seo.Domain.Common;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;

namespace Seo.Domain.PriorityLists;

/// <summary>
/// One vehicle on a priority list: its plate within its country of registration, its VIN, or
/// both; for an authorised economic operator also the operator (BIN and name) when the list
/// gives it. A booking matches when everything the entry names matches: its VIN, its plate
/// and country, and the owner's BIN — so a listed VIN borrowed under another plate, or a listed
/// truck booked by someone other than its operator, proves nothing.
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

    /// <summary>
    /// Whether this entry names <paramref name="vehicle"/> booked by the owner with
    /// <paramref name="ownerBin"/>: the VIN if listed, the plate within its country if listed, and
    /// the operator's BIN if listed all match.
    /// </summary>
    public bool Names(Vehicle vehicle, Bin? ownerBin)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return (Vin is null || Vin == vehicle.Vin)
            && (Plate is null || (Plate == vehicle.Plate && Country == vehicle.CountryOfRegistration))
            && (OperatorBin is null || OperatorBin == ownerBin);
    }
}
