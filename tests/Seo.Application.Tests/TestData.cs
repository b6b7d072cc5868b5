using Microsoft.Extensions.Time.Testing;
using Seo.Application.Bookings.Create;
using Seo.Application.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Identity;
using Seo.Domain.Payments;
using Seo.Domain.Vehicles;

namespace Seo.Application.Tests;

/// <summary>Real domain objects for the handlers; only the ports are substitutes.</summary>
internal static class TestData
{
    /// <summary>25 Nov 2026, 09:00 in Almaty (UTC+5).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(5));

    public static readonly DateOnly Today = new(2026, 11, 25);

    public static readonly DateOnly BookedDate = new(2026, 12, 1);

    public const string BookedStart = "10:00";

    public const string Vin = "1M8GDM9AXKP042788";

    public const string OtherVin = "2FTRX18W1XCA01234";

    public const string Plate = "123ABC02";

    /// <summary>2 MRP booking, 2 MRP paid reschedule, 10 MRP expedited; MRP 4 325 tenge in 2026.</summary>
    public static readonly Money BookingFee = Money.Kzt(8_650m);

    public static readonly Money RescheduleFee = Money.Kzt(8_650m);

    public static readonly Money ExpeditedFee = Money.Kzt(43_250m);

    public static readonly string ValidIin = WithCheckDigit("90010130001");

    public static readonly string ValidBin = WithCheckDigit("10014000000");

    public static FakeTimeProvider Clock() => new(Now);

    public static BookingOptions Options(int firstFreeAttempts = 20) =>
        new() { PaymentHold = TimeSpan.FromMinutes(15), AgreementVersion = "2023-07-01", FirstFreeAttempts = firstFreeAttempts };

    /// <summary>The tariff's history as a store would hold it: 2, 2 and 10 MRP; the MRP at 3 932, then 4 325 tenge.</summary>
    public static List<TariffRevision> TariffRevisions() =>
    [
        .. new (TariffItem Item, decimal Value, DateOnly From)[]
        {
            (TariffItem.Mrp, 3_932m, new DateOnly(2025, 1, 1)),
            (TariffItem.Mrp, 4_325m, new DateOnly(2026, 1, 1)),
            (TariffItem.BookingFee, 2m, new DateOnly(2023, 7, 1)),
            (TariffItem.PaidRescheduleFee, 2m, new DateOnly(2023, 7, 1)),
            (TariffItem.ExpeditedFee, 10m, new DateOnly(2023, 7, 1)),
        }.Select((row, i) => TariffRevision.FromConfiguration(i + 1, row.Item, row.Value, row.From, Now).Value),
    ];

    public static Seo.Application.Tariffs.TariffHistory Tariff() => new(Substitutes.Repository(TariffRevisions()));

    public static Checkpoint Dostyk() =>
        Checkpoint.Create(
            CheckpointCode.Create("DOSTYK").Value, "Достык", "Dostyk", "CN", "Область Жетісу", "Zhetysu Region", "Asia/Almaty", CapacitySchedule.Default);

    public static PhoneNumber Phone => PhoneNumber.Create("+77011234567").Value;

    public static OwnerProfile ResidentIndividual =>
        OwnerProfile.Create(OwnerKind.Individual, Residency.Resident, null, PersonName.Create("Ахметов", "Серик", null).Value, ValidIin, Phone).Value;

    public static OwnerProfile NonResidentCompany =>
        OwnerProfile.Create(OwnerKind.LegalEntity, Residency.NonResident, "Xinjiang Logistics Co.", null, null, Phone).Value;

    /// <summary>A registered user whose IIN/BIN, when it gives one, is proven (R15), so it may book.</summary>
    public static Account User(OwnerProfile? owner = null, string email = "carrier@example.kz", string passwordHash = "hash") =>
        Proven(UnprovenUser(owner, email, passwordHash));

    public static Account UnprovenUser(OwnerProfile? owner = null, string email = "carrier@example.kz", string passwordHash = "hash") =>
        Account.RegisterUser(
            AccountId.New(), EmailAddress.Create(email).Value, passwordHash, owner ?? ResidentIndividual,
            agreementAccepted: true, personalDataConsent: true, "2023-07-01", Now).Value;

    /// <summary>R15: the owner signed a challenge with a certificate carrying the account's IIN/BIN.</summary>
    public static Account Proven(Account account)
    {
        if (account.Owner?.TaxId is { } taxId)
        {
            var challenge = account.IssueIdentityChallenge("nonce", TimeSpan.FromMinutes(5), Now).Value;
            var certified = account.Owner.Kind == OwnerKind.LegalEntity
                ? new CertifiedIdentity(ValidIin, taxId, "thumbprint")
                : new CertifiedIdentity(taxId, null, "thumbprint");
            if (!account.ProveIdentity(challenge, certified, Now).IsSuccess)
            {
                throw new InvalidOperationException("The test account's identity could not be proven.");
            }

            account.ClearDomainEvents();
        }

        return account;
    }

    public static Vehicle Truck(string plate = Plate, string vin = Vin) =>
        Vehicle.Create(VehicleKind.Truck, CountryCode.Create("KZ").Value, PlateNumber.Create(plate).Value, null, Domain.Vehicles.Vin.Create(vin).Value).Value;

    public static Driver Driver() =>
        new(
            Residency.Resident,
            PersonName.Create("Ахметов", "Серик").Value,
            new DateOnly(1985, 5, 15),
            Phone,
            EmailAddress.Create("driver@example.kz").Value,
            IdentityDocument.Create(IdentityDocumentType.IdentityCard, CountryCode.Create("KZ").Value, "045123456", new DateOnly(2030, 1, 1)).Value);

    public static BookedInterval Interval(Checkpoint checkpoint, DateOnly date, int hour) =>
        BookedInterval.Create(checkpoint, date, new TimeOnly(hour, 0)).Value;

    /// <summary>An unpaid booking issued at <paramref name="issuedAt"/> for <see cref="BookedDate"/> 10:00, holding 15 minutes.</summary>
    public static Booking AwaitingPayment(
        Account owner, Checkpoint checkpoint, DateTimeOffset? issuedAt = null, string plate = Plate, string vin = Vin, int sequenceNumber = 1,
        PriorityCategory priority = PriorityCategory.None) =>
        Booking.Issue(
            new BookingRequest(
                BookingId.New(), owner, checkpoint, Interval(checkpoint, BookedDate, 10), Truck(plate, vin), [Driver()], priority, Cargo.None,
                BookingFee, sequenceNumber, TimeSpan.FromMinutes(15), VinHasActiveBooking: false, PlateHasActiveBooking: false),
            issuedAt ?? Now).Value;

    /// <summary>A paid booking as loaded from the store: no events pending.</summary>
    public static Booking Confirmed(Account owner, Checkpoint checkpoint, string plate = Plate, string vin = Vin, PriorityCategory priority = PriorityCategory.None)
    {
        var booking = AwaitingPayment(owner, checkpoint, plate: plate, vin: vin, priority: priority);
        booking.Pay(BookingFee, "PAY-1", Now).IsSuccess.ShouldBeTrue();
        booking.ClearDomainEvents();
        return booking;
    }

    public static VehicleInput VehicleInput(string plate = Plate, string vin = Vin) => new(VehicleKind.Truck, "KZ", plate, null, vin);

    public static DriverInput DriverInput() =>
        new(Residency.Resident, "Ахметов", "Серик", null, new DateOnly(1985, 5, 15), "+77011234567", "driver@example.kz",
            new DocumentInput(IdentityDocumentType.IdentityCard, "KZ", "045123456", new DateOnly(2030, 1, 1)));

    public static CreateBooking Create(
        DateOnly? date = null, string? start = BookedStart, PriorityCategory? priority = null, string plate = Plate, string vin = Vin, CargoInput? cargo = null) =>
        new("DOSTYK", date ?? BookedDate, start, null, VehicleInput(plate, vin), [DriverInput()], priority, cargo);

    public static CreateBooking CreateFirstFree(DateTimeOffset from, PriorityCategory? priority = null) =>
        new("DOSTYK", null, null, from, VehicleInput(), [DriverInput()], priority);

    /// <summary>The IIN/BIN check digit (weights 1..11, then 3..11,1,2), computed here independently of the domain.</summary>
    internal static string WithCheckDigit(string prefix)
    {
        int Sum(int[] weights) => prefix.Select((c, i) => (c - '0') * weights[i]).Sum() % 11;
        var digit = Sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
        if (digit == 10)
        {
            digit = Sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
        }

        return digit == 10 ? throw new ArgumentException("No check digit exists.", nameof(prefix)) : prefix + digit;
    }
}
