using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;

namespace Seo.Application.Bookings.Create;

/// <summary>Turns validated input into value objects; the validator has already proved each one parses.</summary>
internal static class BookingInputs
{
    public static Result<Vehicle> ToVehicle(this VehicleInput input) =>
        Vehicle.Create(
            input.Kind!.Value,
            CountryCode.Create(input.CountryOfRegistration).Value,
            PlateNumber.Create(input.Plate).Value,
            input.TrailerPlate is null ? null : PlateNumber.Create(input.TrailerPlate).Value,
            Vin.Create(input.Vin).Value);

    public static Cargo ToCargo(this CargoInput? input) =>
        input is null
            ? Cargo.None
            : new Cargo(input.UnderVeterinaryOrPhytosanitaryControl ?? false, Trimmed(input.CustomsDeclaration), Trimmed(input.VeterinaryCertificate));

    private static string? Trimmed(string? reference) => string.IsNullOrWhiteSpace(reference) ? null : reference.Trim().ToUpperInvariant();

    public static Result<IReadOnlyList<Driver>> ToDrivers(this IReadOnlyList<DriverInput> inputs)
    {
        var drivers = new List<Driver>(inputs.Count);
        foreach (var input in inputs)
        {
            var name = PersonName.Create(input.Surname, input.GivenName, input.Patronymic);
            if (!name.IsSuccess)
            {
                return name.Error;
            }

            var document = IdentityDocument.Create(
                input.Document!.Type!.Value, CountryCode.Create(input.Document.IssuingCountry).Value, input.Document.Number, input.Document.ExpiresOn!.Value);
            if (!document.IsSuccess)
            {
                return document.Error;
            }

            drivers.Add(new Driver(
                input.Residency!.Value,
                name.Value,
                input.DateOfBirth!.Value,
                PhoneNumber.Create(input.Phone).Value,
                EmailAddress.Create(input.Email).Value,
                document.Value));
        }

        return drivers;
    }
}
