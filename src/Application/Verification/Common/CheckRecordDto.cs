using Seo.Domain.Identity;
using Seo.Domain.Verification;

namespace Seo.Application.Verification.Common;

/// <summary>The audit trail of one request's automated checks (R20), as its owner and officers see it.</summary>
public sealed record CheckRecordDto(
    Guid Id,
    VerificationPurpose Purpose,
    VerificationDecision Decision,
    string? DecisionCode,
    Guid RequestedBy,
    Guid? BookingId,
    string Checkpoint,
    DateOnly CheckedDate,
    CheckedVehicleDto Vehicle,
    Residency OwnerResidency,
    DateTimeOffset RecordedAt,
    IReadOnlyList<CheckOutcomeDto> Outcomes)
{
    public static CheckRecordDto From(VerificationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(
            record.Id.Value,
            record.Purpose,
            record.Decision,
            record.DecisionCode,
            record.RequestedBy.Value,
            record.BookingId?.Value,
            record.Checkpoint.Value,
            record.CheckedDate,
            new CheckedVehicleDto(record.VehicleCountry.Value, record.VehiclePlate.Value, record.VehicleVin.Value),
            record.OwnerResidency,
            record.RecordedAt,
            [.. record.Outcomes.Select(CheckOutcomeDto.From)]);
    }
}

public sealed record CheckedVehicleDto(string CountryOfRegistration, string Plate, string Vin);

/// <summary>One check's answer: its number in R18, the registry, the verdict and why.</summary>
public sealed record CheckOutcomeDto(int Check, string Name, CheckVerdict Verdict, string Source, string? Reason, string? Reference, DateTimeOffset CheckedAt, DateOnly? ValidUntil)
{
    public static CheckOutcomeDto From(CheckOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new((int)outcome.Check, outcome.Check.ToString(), outcome.Verdict, outcome.Source, outcome.Reason, outcome.Reference, outcome.CheckedAt, outcome.ValidUntil);
    }
}

/// <summary>One page of check records, newest first.</summary>
public sealed record CheckRecordPage(int Page, int PageSize, int Total, IReadOnlyList<CheckRecordDto> Items);
