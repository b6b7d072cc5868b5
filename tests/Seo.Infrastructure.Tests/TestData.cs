using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Identity;
using Seo.Domain.Payments;
using Seo.Domain.Vehicles;

namespace Seo.Infrastructure.Tests;

internal static class TestData
{
    /// <summary>25 Nov 2026, 09:00 in Almaty (UTC+5).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(5));

    public static readonly DateOnly BookedDate = new(2026, 12, 1);

    public static readonly Money Fee = Money.Kzt(8_650.5m);

    public static readonly TimeSpan Hold = TimeSpan.FromMinutes(15);

    public const string Vin = "1M8GDM9AXKP042788";

    public const string OtherVin = "2FTRX18W1XCA01234";

    public static Checkpoint Dostyk() =>
        Checkpoint.Create(
            CheckpointCode.Create("DOSTYK").Value, "Достык", "Dostyk", "CN", "область Жетісу", "Zhetysu Region", "Asia/Almaty", CapacitySchedule.Default);

    public static PhoneNumber Phone => PhoneNumber.Create("+77011234567").Value;

    public static Account User(string email = "carrier@example.kz") =>
        Account.RegisterUser(
            AccountId.New(),
            EmailAddress.Create(email).Value,
            "hash",
            OwnerProfile.Create(OwnerKind.LegalEntity, Residency.NonResident, "Xinjiang Logistics Co.", null, null, Phone).Value,
            agreementAccepted: true,
            personalDataConsent: true,
            "2023-07-01",
            Now).Value;

    /// <summary>R15: the owner signed a challenge with a certificate carrying the account's IIN/BIN.</summary>
    public static Account Proven(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.Owner?.TaxId is { } taxId)
        {
            var challenge = account.IssueIdentityChallenge("nonce", TimeSpan.FromMinutes(5), Now).Value;
            var certified = account.Owner.Kind == OwnerKind.LegalEntity
                ? new CertifiedIdentity("800101300125", taxId, "thumbprint")
                : new CertifiedIdentity(taxId, null, "thumbprint");
            if (account.ProveIdentity(challenge, certified, Now) is { IsSuccess: false } refused)
            {
                throw new InvalidOperationException(refused.Error!.Message);
            }

            account.ClearDomainEvents();
        }

        return account;
    }

    public static Driver Driver(string surname = "Ахметов", string? patronymic = null, Residency residency = Residency.Resident) =>
        new(
            residency,
            PersonName.Create(surname, "Серик", patronymic).Value,
            new DateOnly(1985, 5, 15),
            Phone,
            EmailAddress.Create("driver@example.kz").Value,
            IdentityDocument.Create(IdentityDocumentType.Passport, CountryCode.Create("KZ").Value, "N1234567", new DateOnly(2030, 1, 1)).Value);

    public static Vehicle Truck(string plate = "123ABC02", string vin = Vin, string? trailer = null) =>
        Vehicle.Create(
            trailer is null ? VehicleKind.Truck : VehicleKind.TruckWithTrailer,
            CountryCode.Create("KZ").Value,
            PlateNumber.Create(plate).Value,
            trailer is null ? null : PlateNumber.Create(trailer).Value,
            Domain.Vehicles.Vin.Create(vin).Value).Value;

    public static BookedInterval Interval(int hour, DateOnly? date = null) =>
        BookedInterval.Create(Dostyk(), date ?? BookedDate, new TimeOnly(hour, 0)).Value;

    public static Booking Booking(
        Account? owner = null,
        string plate = "123ABC02",
        string vin = Vin,
        DateTimeOffset? issuedAt = null,
        int hour = 10,
        int sequenceNumber = 1,
        IReadOnlyList<Driver>? drivers = null,
        Money? fee = null,
        Vehicle? vehicle = null) =>
        Domain.Bookings.Booking.Issue(
            new BookingRequest(
                BookingId.New(), owner ?? User(), Dostyk(), Interval(hour), vehicle ?? Truck(plate, vin), drivers ?? [Driver()], PriorityCategory.None, Cargo.None,
                fee ?? Fee, sequenceNumber, Hold, VinHasActiveBooking: false, PlateHasActiveBooking: false),
            issuedAt ?? Now).Value;
}
