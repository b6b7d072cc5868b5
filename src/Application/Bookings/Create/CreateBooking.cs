using Mediator;
using Seo.Application.Audit;
using Seo.Application.Common.Ports;
using Seo.Application.Bookings.Common;
using Seo.Application.Verification.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;

namespace Seo.Application.Bookings.Create;

/// <summary>
/// Requests a booking (R16): a given <see cref="Date"/> and <see cref="Start"/> at a checkpoint,
/// or the first free interval from <see cref="FirstFreeFrom"/> (R2.2, R16.1). A dispatcher sends
/// <see cref="OnBehalfOf"/>, the account id of the organisation that delegated them (R15): the booking
/// is then the organisation's.
/// </summary>
public sealed record CreateBooking(
    string? Checkpoint,
    DateOnly? Date,
    string? Start,
    DateTimeOffset? FirstFreeFrom,
    VehicleInput? Vehicle,
    IReadOnlyList<DriverInput>? Drivers,
    PriorityCategory? Priority,
    CargoInput? Cargo = null,
    Guid? OnBehalfOf = null) : ICommand<Result<BookingRequestOutcome>>, IVerifiedCommand, IAudited, Admission.ICheckpointAdmitted
{
    /// <summary>R15: a dispatcher's request for its organisation is recorded with the dispatcher as actor; an owner's own, not.</summary>
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) => answer switch
    {
        BookingRequestOutcome { Booking: { } booking } => DispatcherActions.On(caller, AuditActions.BookingRequestedByDispatcher, booking),
        BookingRequestOutcome { Entry: { } entry } when OnBehalfOf is { } organisation => DispatcherActions.For(
            caller, AuditActions.DrawEnteredByDispatcher, organisation, entry.EntryId.ToString(), new { organisation, checkpoint = entry.Checkpoint, date = entry.Date }),
        _ => null,
    };
}

/// <summary>
/// What became of a booking request: a booking (201), or, for a day in its opening window, an
/// entry in the day's draw (202, docs/fair-release.md). Exactly one is set.
/// </summary>
public sealed record BookingRequestOutcome(BookingDto? Booking, Draws.Common.DrawEntryDto? Entry);

/// <summary>What the vehicle carries; omitted for a vehicle travelling empty.</summary>
public sealed record CargoInput(bool? UnderVeterinaryOrPhytosanitaryControl, string? CustomsDeclaration, string? VeterinaryCertificate);

public sealed record VehicleInput(VehicleKind? Kind, string? CountryOfRegistration, string? Plate, string? TrailerPlate, string? Vin);

public sealed record DriverInput(
    Residency? Residency,
    string? Surname,
    string? GivenName,
    string? Patronymic,
    DateOnly? DateOfBirth,
    string? Phone,
    string? Email,
    DocumentInput? Document);

public sealed record DocumentInput(IdentityDocumentType? Type, string? IssuingCountry, string? Number, DateOnly? ExpiresOn);
