using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Identity;
using Seo.Domain.Payments;
using Seo.Domain.Vehicles;

namespace Seo.Domain.Tests;

/// <summary>Small builders so that each test states only what it is about.</summary>
internal static class TestData
{
    /// <summary>The fixed "now" of the tests: 25 Nov 2026, 09:00 in Almaty (UTC+5).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(5));

    public static readonly DateOnly Today = new(2026, 11, 25);

    /// <summary>The default booked date and start (checkpoint-local).</summary>
    public static readonly DateOnly BookedDate = new(2026, 12, 1);

    public static readonly TimeOnly BookedStart = new(10, 0);

    public static readonly TimeSpan HoldDuration = TimeSpan.FromMinutes(30);

    public static readonly Money BookingFee = Money.Kzt(12_975m);

    public static readonly Money RescheduleFee = Money.Kzt(4_325m);

    public const string ValidVin = "1M8GDM9AXKP042788";

    /// <summary>An IIN whose check digit comes from the first weights (1..11).</summary>
    public static readonly string ValidIin = KazakhIdentifiers.WithCheckDigit("90010130001");

    /// <summary>A BIN whose check digit comes from the first weights.</summary>
    public static readonly string ValidBin = KazakhIdentifiers.WithCheckDigit("10014000000");

    public static CheckpointCode Code(string value = "DOSTYK") => CheckpointCode.Create(value).Value;

    public static Checkpoint Dostyk(CapacitySchedule? capacity = null, string code = "DOSTYK") =>
        Checkpoint.Create(
            Code(code), "Достык", "Dostyk", "CN", "Область Жетісу", "Zhetysu Region", "Asia/Almaty", capacity ?? CapacitySchedule.Default);

    public static BookedInterval IntervalAt(Checkpoint checkpoint, DateOnly? date = null, TimeOnly? start = null) =>
        BookedInterval.Create(checkpoint, date ?? BookedDate, start ?? BookedStart).Value;

    public static PhoneNumber Phone => PhoneNumber.Create("+77011234567").Value;

    public static EmailAddress Email(string value = "carrier@example.kz") => EmailAddress.Create(value).Value;

    public static PersonName Name => PersonName.Create("Ахметов", "Серик", "Болатович").Value;

    public static OwnerProfile ResidentIndividual =>
        OwnerProfile.Create(OwnerKind.Individual, Residency.Resident, null, Name, ValidIin, Phone).Value;

    public static OwnerProfile NonResidentCompany =>
        OwnerProfile.Create(OwnerKind.LegalEntity, Residency.NonResident, "Xinjiang Logistics Co.", null, null, Phone).Value;

    /// <summary>A registered user whose IIN/BIN, when it gives one, is proven (R15), so it may book.</summary>
    public static Account User(OwnerProfile? owner = null, DateTimeOffset? now = null) =>
        Proven(UnprovenUser(owner, now), now ?? Now);

    public static Account UnprovenUser(OwnerProfile? owner = null, DateTimeOffset? now = null) =>
        Account.RegisterUser(
            AccountId.New(), Email(), "hash", owner ?? ResidentIndividual, agreementAccepted: true, personalDataConsent: true, "2026-01", now ?? Now).Value;

    /// <summary>R15: the owner signed a challenge with a certificate carrying the account's IIN/BIN.</summary>
    public static Account Proven(Account account, DateTimeOffset now)
    {
        if (account.Owner?.TaxId is { } taxId)
        {
            var challenge = account.IssueIdentityChallenge("nonce", TimeSpan.FromMinutes(5), now).Value;
            account.ProveIdentity(challenge, Certified(account.Owner.Kind, taxId), now).ShouldSucceed();
            account.ClearDomainEvents();
        }

        return account;
    }

    public static CertifiedIdentity Certified(OwnerKind kind, string taxId) =>
        kind == OwnerKind.LegalEntity ? new CertifiedIdentity(ValidIin, taxId, "thumbprint") : new CertifiedIdentity(taxId, null, "thumbprint");

    public static Vehicle Truck(string plate = "123ABC02", string vin = ValidVin) =>
        Vehicle.Create(
            VehicleKind.Truck, CountryCode.Create("KZ").Value, PlateNumber.Create(plate).Value, null, Vin.Create(vin).Value).Value;

    public static Driver TrustedDriver(string surname = "Ахметов") =>
        new(
            Residency.Resident,
            PersonName.Create(surname, "Серик").Value,
            new DateOnly(1985, 5, 15),
            Phone,
            Email("driver@example.kz"),
            IdentityDocument.Create(IdentityDocumentType.IdentityCard, CountryCode.Create("KZ").Value, "045123456", new DateOnly(2030, 1, 1)).Value);

    public static BookingRequest Request(
        Checkpoint? checkpoint = null,
        BookedInterval? interval = null,
        Account? owner = null,
        IReadOnlyList<Driver>? drivers = null,
        PriorityCategory priority = PriorityCategory.None,
        int sequenceNumber = 7,
        bool vinHasActiveBooking = false,
        bool plateHasActiveBooking = false)
    {
        var cp = checkpoint ?? Dostyk();
        return new BookingRequest(
            BookingId.New(),
            owner ?? User(),
            cp,
            interval ?? IntervalAt(cp),
            Truck(),
            drivers ?? [TrustedDriver()],
            priority,
            Cargo.None,
            BookingFee,
            sequenceNumber,
            HoldDuration,
            vinHasActiveBooking,
            plateHasActiveBooking);
    }

    /// <summary>An issued, unpaid booking for <see cref="BookedDate"/> 10:00 at DOSTYK.</summary>
    public static Booking AwaitingPayment(Checkpoint? checkpoint = null) => Booking.Issue(Request(checkpoint), Now).Value;

    /// <summary>A paid booking, issued and paid at <see cref="Now"/>.</summary>
    public static Booking Confirmed(Checkpoint? checkpoint = null)
    {
        var booking = AwaitingPayment(checkpoint);
        booking.Pay(BookingFee, "PAY-1", Now.AddMinutes(5)).IsSuccess.ShouldBeTrue();
        return booking;
    }
}

/// <summary>
/// The IIN/BIN check-digit algorithm written out independently of the domain, so that test
/// identifiers are computed rather than guessed.
/// </summary>
internal static class KazakhIdentifiers
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    public enum Branch
    {
        FirstWeights,
        SecondWeights,
        NoCheckDigit,
    }

    /// <summary>The check digit of an 11-digit prefix, which weights produced it, or null when none exists.</summary>
    public static (int? Digit, Branch Branch) CheckDigit(string prefix)
    {
        var first = WeightedSum(prefix, FirstWeights) % 11;
        if (first != 10)
        {
            return (first, Branch.FirstWeights);
        }

        var second = WeightedSum(prefix, SecondWeights) % 11;
        return second != 10 ? (second, Branch.SecondWeights) : (null, Branch.NoCheckDigit);
    }

    /// <summary>The full 12-digit identifier for <paramref name="prefix"/>.</summary>
    public static string WithCheckDigit(string prefix) =>
        prefix + (CheckDigit(prefix).Digit ?? throw new ArgumentException($"{prefix} has no check digit.", nameof(prefix)));

    /// <summary>The first 11-digit prefix from <paramref name="start"/> upwards that takes <paramref name="branch"/>.</summary>
    public static string FirstPrefixWith(Branch branch, long start = 10_000_000_000)
    {
        for (var n = start; ; n++)
        {
            var prefix = n.ToString("D11", System.Globalization.CultureInfo.InvariantCulture);
            if (CheckDigit(prefix).Branch == branch)
            {
                return prefix;
            }
        }
    }

    private static int WeightedSum(string prefix, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += (prefix[i] - '0') * weights[i];
        }

        return sum;
    }
}
