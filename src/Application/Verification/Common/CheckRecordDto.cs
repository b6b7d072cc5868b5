using Seo.Application.Common.Mapping;
using Seo.Domain.Identity;
using Seo.Domain.Verification;
using Seo.Application.Common.Validation;

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
    /// <summary>
    /// The one mapping, as an expression the trail and search queries select (materialising no
    /// record; the outcomes come whole through their column's converter) and <see cref="From"/> runs.
    /// </summary>
    public static Projection<VerificationRecord, CheckRecordDto> Projection { get; } = new(record => new CheckRecordDto(
        record.Id.Value,
        record.Purpose,
        record.Decision,
        record.DecisionCode,
        record.RequestedBy.Value,
        record.BookingId.HasValue ? record.BookingId.Value.Value : null,
        record.Checkpoint.Value,
        record.CheckedDate,
        new CheckedVehicleDto(record.VehicleCountry.Value, record.VehiclePlate.Value, record.VehicleVin.Value),
        record.OwnerResidency,
        record.RecordedAt,
        CheckOutcomeDto.ListOf(record.Outcomes)));

    public static CheckRecordDto From(VerificationRecord record) => Projection.Of(record);
}

public sealed record CheckedVehicleDto(string CountryOfRegistration, string Plate, string Vin);

/// <summary>One check's answer: its number in R18, the registry, the verdict and why.</summary>
public sealed record CheckOutcomeDto(int Check, string Name, CheckVerdict Verdict, string Source, string? Reason, string? Reference, DateTimeOffset CheckedAt, DateOnly? ValidUntil)
{
    /// <summary>
    /// The outcomes of a record; a method the store does not know, so a query selecting a record
    /// reads the outcomes' column whole and maps it here (a <c>Select</c> over it would be sent to the store).
    /// </summary>
    public static IReadOnlyList<CheckOutcomeDto> ListOf(IEnumerable<CheckOutcome> outcomes) => [.. outcomes.Select(From)];

    public static CheckOutcomeDto From(CheckOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new((int)outcome.Check, outcome.Check.ToString(), outcome.Verdict, outcome.Source, outcome.Reason, outcome.Reference, outcome.CheckedAt, outcome.ValidUntil);
    }
}

/// <summary>One page of check records, newest first.</summary>
public sealed record CheckRecordPage(int Page, int PageSize, int Total, IReadOnlyList<CheckRecordDto> Items)
{
    public int TotalPages => PagingRules.PageCount(Total, PageSize);
}
