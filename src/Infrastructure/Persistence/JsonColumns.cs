using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Seo.Domain.Bookings;
using Seo.Domain.Identity;
using Seo.Domain.Payments;
using Seo.Domain.Verification;

namespace Seo.Infrastructure.Persistence;

/// <summary>
/// Parts of a booking that are read only with it and never queried (its drivers, a pending
/// paid reschedule) are kept as one JSON text column, in a stored shape of their own so the
/// domain types stay free of serialisation concerns.
/// </summary>
internal static class JsonColumns
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static readonly ValueConverter<IReadOnlyList<Driver>, string> Drivers = new(
        v => JsonSerializer.Serialize(v.Select(StoredDriver.From).ToList(), Options),
        v => JsonSerializer.Deserialize<List<StoredDriver>>(v, Options)!.Select(d => d.ToDriver()).ToList());

    public static readonly ValueComparer<IReadOnlyList<Driver>> DriversComparer = new(
        (a, b) => a!.SequenceEqual(b!),
        v => v.Aggregate(0, (hash, d) => HashCode.Combine(hash, d.GetHashCode())),
        v => v.ToList());

    public static readonly ValueConverter<PendingReschedule?, string?> PendingReschedule = new(
        v => v == null ? null : JsonSerializer.Serialize(StoredPendingReschedule.From(v), Options),
        v => v == null ? null : JsonSerializer.Deserialize<StoredPendingReschedule>(v, Options)!.ToPendingReschedule());

    /// <summary>The outcomes of a check record: read only with it, never queried, never changed.</summary>
    public static readonly ValueConverter<IReadOnlyList<CheckOutcome>, string> Outcomes = new(
        v => JsonSerializer.Serialize(v.Select(StoredOutcome.From).ToList(), Options),
        v => JsonSerializer.Deserialize<List<StoredOutcome>>(v, Options)!.Select(o => o.ToOutcome()).ToList());

    public static readonly ValueComparer<IReadOnlyList<CheckOutcome>> OutcomesComparer = new(
        (a, b) => a!.SequenceEqual(b!),
        v => v.Aggregate(0, (hash, o) => HashCode.Combine(hash, o.GetHashCode())),
        v => v.ToList());

    private sealed record StoredOutcome(
        int Check, string Verdict, string Source, string? Reason, string? Reference, DateTimeOffset CheckedAt, DateOnly? ValidUntil)
    {
        public static StoredOutcome From(CheckOutcome o) =>
            new((int)o.Check, o.Verdict.ToString(), o.Source, o.Reason, o.Reference, o.CheckedAt, o.ValidUntil);

        public CheckOutcome ToOutcome() =>
            new((RegistryCheck)Check, Enum.Parse<CheckVerdict>(Verdict), Source, Reason, Reference, CheckedAt, ValidUntil);
    }

    private sealed record StoredDriver(
        Residency Residency, string Surname, string GivenName, string? Patronymic, DateOnly DateOfBirth, string Phone, string Email,
        IdentityDocumentType DocumentType, string DocumentCountry, string DocumentNumber, DateOnly DocumentExpiresOn)
    {
        public static StoredDriver From(Driver d) => new(
            d.Residency, d.Name.Surname, d.Name.GivenName, d.Name.Patronymic, d.DateOfBirth, d.Phone.Value, d.Email.Value,
            d.Document.Type, d.Document.IssuingCountry.Value, d.Document.Number, d.Document.ExpiresOn);

        public Driver ToDriver() => new(
            Residency,
            PersonName.Create(Surname, GivenName, Patronymic).Value,
            DateOfBirth,
            PhoneNumber.Create(Phone).Value,
            EmailAddress.Create(Email).Value,
            IdentityDocument.Create(DocumentType, CountryCode.Create(DocumentCountry).Value, DocumentNumber, DocumentExpiresOn).Value);
    }

    private sealed record StoredPendingReschedule(
        DateOnly Date, TimeOnly Start, int LengthMinutes, DateTimeOffset StartsAt, int SequenceNumber, decimal Fee, DateTimeOffset HoldExpiresAt, int TariffVersion = 0)
    {
        public static StoredPendingReschedule From(PendingReschedule p) => new(
            p.Interval.Date, p.Interval.Start, p.Interval.LengthMinutes, p.Interval.StartsAt, p.SequenceNumber, p.Fee.Amount, p.HoldExpiresAt, p.TariffVersion);

        public PendingReschedule ToPendingReschedule() => new(
            BookedInterval.FromStored(Date, Start, LengthMinutes, StartsAt), SequenceNumber, Money.Kzt(Fee), HoldExpiresAt, TariffVersion);
    }
}
