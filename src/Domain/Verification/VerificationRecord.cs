using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;

namespace Seo.Domain.Verification;

public readonly record struct VerificationRecordId(Guid Value)
{
    public static VerificationRecordId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>Why the checks ran.</summary>
public enum VerificationPurpose
{
    NewBooking,

    /// <summary>Rescheduling re-runs the checks for the new date (R20).</summary>
    Reschedule,
}

/// <summary>What became of the request the checks were run for.</summary>
public enum VerificationDecision
{
    /// <summary>The checks passed and the booking was issued, or moved to the new date.</summary>
    Booked,

    /// <summary>R20: a blocking check failed, or a document is not valid on the booked date.</summary>
    Refused,

    /// <summary>R20: a registry did not answer; the request may be tried again.</summary>
    RegistryUnavailable,

    /// <summary>The checks passed but something else stopped the booking (e.g. no free interval).</summary>
    PassedNotBooked,

    /// <summary>The request failed unexpectedly after its checks ran (a fault, not a rule); nothing was booked.</summary>
    Failed,
}

/// <summary>What was checked, for whom and against which date; gathered before the decision.</summary>
public sealed record CheckedRequest(
    AccountId RequestedBy,
    VerificationPurpose Purpose,
    BookingId? Booking,
    CheckpointCode Checkpoint,
    DateOnly CheckedDate,
    Vehicle Vehicle,
    Residency OwnerResidency);

/// <summary>
/// The audit trail of one request's automated checks (R20): who asked and why, the vehicle, the
/// date checked, every outcome as the registries gave it (number, source, verdict, reason,
/// reference, time) and the decision. Kept whatever the decision, refusals included, for the
/// owner and for officers; never changed once written.
/// </summary>
public sealed class VerificationRecord : AggregateRoot<VerificationRecordId>
{
    private VerificationRecord()
    {
    }

    public AccountId RequestedBy { get; private set; }

    public VerificationPurpose Purpose { get; private set; }

    /// <summary>The booking issued, or the booking a reschedule was asked for; none for a refused new booking.</summary>
    public BookingId? BookingId { get; private set; }

    public CheckpointCode Checkpoint { get; private set; } = null!;

    /// <summary>The booked date the documents were checked against.</summary>
    public DateOnly CheckedDate { get; private set; }

    public CountryCode VehicleCountry { get; private set; } = null!;

    public PlateNumber VehiclePlate { get; private set; } = null!;

    public Vin VehicleVin { get; private set; } = null!;

    /// <summary>R19: the residency that chose the subset of checks.</summary>
    public Residency OwnerResidency { get; private set; }

    public VerificationDecision Decision { get; private set; }

    /// <summary>The code of the error that stopped the request; none when it was booked.</summary>
    public string? DecisionCode { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public IReadOnlyList<CheckOutcome> Outcomes { get; private set; } = [];

    /// <summary>The checks passed and <paramref name="booking"/> was issued or moved.</summary>
    public static VerificationRecord Booked(CheckedRequest request, IReadOnlyList<CheckOutcome> outcomes, BookingId booking, DateTimeOffset now) =>
        Create(request with { Booking = booking }, outcomes, VerificationDecision.Booked, null, now);

    /// <summary>The request failed after its checks ran; <paramref name="error"/> says why.</summary>
    public static VerificationRecord NotBooked(CheckedRequest request, IReadOnlyList<CheckOutcome> outcomes, DomainError error, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Create(request, outcomes, DecisionOf(error), error.Code, now);
    }

    /// <summary>The handler failed unexpectedly after the checks ran; the outcomes are kept all the same.</summary>
    public static VerificationRecord Failed(CheckedRequest request, IReadOnlyList<CheckOutcome> outcomes, DateTimeOffset now) =>
        Create(request, outcomes, VerificationDecision.Failed, "internal-error", now);

    public static VerificationDecision DecisionOf(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code == VerificationErrors.RegistryUnavailableCode ? VerificationDecision.RegistryUnavailable
            : error.Kind == ErrorKind.ChecksRefused ? VerificationDecision.Refused
            : VerificationDecision.PassedNotBooked;
    }

    private static VerificationRecord Create(
        CheckedRequest request, IReadOnlyList<CheckOutcome> outcomes, VerificationDecision decision, string? code, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(outcomes);
        return new VerificationRecord
        {
            Id = VerificationRecordId.New(),
            RequestedBy = request.RequestedBy,
            Purpose = request.Purpose,
            BookingId = request.Booking,
            Checkpoint = request.Checkpoint,
            CheckedDate = request.CheckedDate,
            VehicleCountry = request.Vehicle.CountryOfRegistration,
            VehiclePlate = request.Vehicle.Plate,
            VehicleVin = request.Vehicle.Vin,
            OwnerResidency = request.OwnerResidency,
            Decision = decision,
            DecisionCode = code,
            RecordedAt = now,
            Outcomes = [.. outcomes.OrderBy(o => o.Check)],
        };
    }
}
