using Seo.Application.Common.Mapping;
using Seo.Application.Verification.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;

namespace Seo.Application.Bookings.Common;

/// <summary>A booking as its owner sees it (R20: number, date and approximate interval).</summary>
public sealed record BookingDto(
    Guid Id,
    string Number,
    int SequenceNumber,
    BookingStatus Status,
    string Checkpoint,
    IntervalDto Interval,
    VehicleDto Vehicle,
    IReadOnlyList<DriverDto> Drivers,
    OwnerDto Owner,
    PriorityCategory Priority,
    CargoDto Cargo,
    MoneyDto Fee,
    int TariffVersion,
    MoneyDto Paid,
    MoneyDto? AmountDue,
    DateTimeOffset IssuedAt,
    DateTimeOffset? HoldExpiresAt,
    int ReschedulesUsed,
    int FreeReschedulesLeft,
    DateTimeOffset? FreeMoveUntil,
    PendingRescheduleDto? PendingReschedule,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? RemindedAt,
    DateTimeOffset? CalledAt,
    DateTimeOffset? ArrivedAt,
    DateTimeOffset? LeftZoneAt,
    DateTimeOffset? EnteredAt,
    DateTimeOffset? CrossedAt,
    Seo.Domain.Bookings.Journey.AnnulmentReason? AnnulmentReason,
    string? RefusalReason,
    IReadOnlyList<string> AlternativeCheckpoints)
{
    /// <summary>R19.2: notices of the checks run for this answer (issue or reschedule); empty when read back.</summary>
    public IReadOnlyList<CheckNoticeDto> Notices { get; init; } = [];
}

/// <summary>The booked interval in checkpoint-local time; the instants carry the checkpoint's UTC offset.</summary>
public sealed record IntervalDto(DateOnly Date, string Start, string End, int LengthMinutes, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>What the vehicle carries; the papers are checked against customs and e-Agriculture (R18.15, R18.16).</summary>
public sealed record CargoDto(bool UnderVeterinaryOrPhytosanitaryControl, string? CustomsDeclaration, string? VeterinaryCertificate);

public sealed record VehicleDto(VehicleKind Kind, string CountryOfRegistration, string Plate, string? TrailerPlate, string Vin);

public sealed record DriverDto(
    Residency Residency,
    string Surname,
    string GivenName,
    string? Patronymic,
    DateOnly DateOfBirth,
    string Phone,
    string Email,
    DocumentDto Document);

public sealed record DocumentDto(IdentityDocumentType Type, string IssuingCountry, string Number, DateOnly ExpiresOn);

public sealed record OwnerDto(Guid AccountId, OwnerKind Kind, Residency Residency, string Name, string? TaxId);

public sealed record PendingRescheduleDto(IntervalDto Interval, MoneyDto Fee, DateTimeOffset HoldExpiresAt, int TariffVersion);
