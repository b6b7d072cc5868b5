using Riok.Mapperly.Abstractions;
using Seo.Application.Common.Mapping;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Identity;
using Seo.Domain.Payments;
using Seo.Domain.Vehicles;

namespace Seo.Application.Bookings.Common;

/// <summary>Booking → DTO, generated at compile time (no reflection).</summary>
[Mapper]
public static partial class BookingMapper
{
    // Not part of the answer yet: an erased booking shows no drivers (docs/personal-data.md).
    [MapperIgnoreSource(nameof(Booking.PersonalDataErasedAt))]
    [MapperIgnoreSource(nameof(Booking.DisplacedAt))]
    [MapperIgnoreSource(nameof(Booking.DomainEvents))]
    [MapperIgnoreSource(nameof(Booking.Version))]
    [MapperIgnoreSource(nameof(Booking.IsActive))]
    [MapperIgnoreSource(nameof(Booking.IsPriority))]
    [MapperIgnoreSource(nameof(Booking.NextRescheduleIsFree))]
    [MapperIgnoreSource(nameof(Booking.PaymentReference))]
    [MapperIgnoreTarget(nameof(BookingDto.Notices))]
    public static partial BookingDto ToDto(this Booking booking);

    /// <summary>The same answer from the columns an owner's list selects, without the booking.</summary>
    [MapperIgnoreTarget(nameof(BookingDto.Notices))]
    public static partial BookingDto ToDto(this BookingListRow row);

    [MapProperty("Name.Surname", nameof(DriverDto.Surname))]
    [MapProperty("Name.GivenName", nameof(DriverDto.GivenName))]
    [MapProperty("Name.Patronymic", nameof(DriverDto.Patronymic))]
    private static partial DriverDto ToDto(Driver driver);

    private static partial DocumentDto ToDto(IdentityDocument document);

    private static partial VehicleDto ToDto(Vehicle vehicle);

    [MapperIgnoreSource(nameof(Cargo.IsEmpty))]
    private static partial CargoDto ToDto(Cargo cargo);

    [MapperIgnoreSource(nameof(PendingReschedule.SequenceNumber))]
    private static partial PendingRescheduleDto ToDto(PendingReschedule pending);

    private static OwnerDto ToDto(BookingOwner owner) => new(owner.AccountId.Value, owner.Kind, owner.Residency, owner.Name, owner.TaxId);

    private static Guid ToGuid(BookingId id) => id.Value;

    private static MoneyDto ToDto(Money money) => MoneyDto.From(money);

    private static string ToText(CheckpointCode code) => code.Value;

    private static string ToText(PlateNumber plate) => plate.Value;

    private static string ToText(Vin vin) => vin.Value;

    private static string ToText(CountryCode country) => country.Value;

    private static string ToText(PhoneNumber phone) => phone.Value;

    private static string ToText(EmailAddress email) => email.Value;

    public static IntervalDto ToDto(BookedInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        var localStart = interval.Date.ToDateTime(interval.Start);
        var offset = localStart - interval.StartsAt.UtcDateTime;
        var startsAt = new DateTimeOffset(localStart, offset);
        var endsAt = startsAt.AddMinutes(interval.LengthMinutes);
        return new IntervalDto(
            interval.Date,
            LocalTimeText.Of(interval.Start),
            LocalTimeText.Of(TimeOnly.FromDateTime(endsAt.DateTime)),
            interval.LengthMinutes,
            startsAt,
            endsAt);
    }
}
