using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;
using Seo.Infrastructure.Verification.Simulated.Demo;

namespace Seo.Infrastructure.Tests.Verification;

/// <summary>Subjects built from the demo data set (docs/demo-registries.md), so each test names only what it changes.</summary>
internal static class SimulatedSubjects
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(TestData.Now.DateTime);

    public static BookingOwner DemoTrans => new(AccountId.New(), OwnerKind.LegalEntity, Residency.Resident, "Demo Trans LLP", DemoRegistries.DemoTransBin);

    public static BookingOwner Xinjiang => new(AccountId.New(), OwnerKind.LegalEntity, Residency.NonResident, "Xinjiang Demo Logistics Co.", null);

    public static Vehicle Truck(string plate, string vin, string country = "KZ", VehicleKind kind = VehicleKind.Truck) =>
        Vehicle.Create(kind, CountryCode.Create(country).Value, PlateNumber.Create(plate).Value,
            kind == VehicleKind.TruckWithTrailer ? PlateNumber.Create("45AB02").Value : null, Vin.Create(vin).Value).Value;

    public static Vehicle DemoTruck(int n) => Truck($"{n:D3}DEM02", $"Y3DKZ{n:D12}");

    public static Driver Driver(string document, string phone, Residency residency = Residency.Resident, string surname = "Abenov") =>
        new(
            residency,
            PersonName.Create(surname, "Arman").Value,
            new DateOnly(1985, 5, 15),
            PhoneNumber.Create(phone).Value,
            EmailAddress.Create("driver@example.kz").Value,
            IdentityDocument.Create(IdentityDocumentType.IdentityCard, CountryCode.Create(residency == Residency.Resident ? "KZ" : "CN").Value, document, new DateOnly(2031, 1, 1)).Value);

    public static Driver Abenov => Driver("N0000001", "+77010000001");

    public static VerificationSubject Subject(
        BookingOwner? owner = null, Vehicle? vehicle = null, IReadOnlyList<Driver>? drivers = null, int bookedInDays = 7, Cargo? cargo = null,
        PriorityCategory priority = PriorityCategory.None) =>
        new(owner ?? DemoTrans, vehicle ?? DemoTruck(1), drivers ?? [Abenov], Today.AddDays(bookedInDays), cargo ?? Cargo.None, priority);
}
